/** The admin's section links, shown at the top of each admin screen. */
import { useTranslations } from "next-intl";
import { NavLink } from "@/components/layout/nav-link";

export function AdminNav() {
  const t = useTranslations("admin");
  return (
    <nav aria-label={t("sections")} className="admin-nav">
      <ul>
        <li><NavLink href="/admin/users">{t("users.heading")}</NavLink></li>
        <li><NavLink href="/admin/organisations">{t("organisations.heading")}</NavLink></li>
        <li><NavLink href="/admin/audit">{t("audit.heading")}</NavLink></li>
      </ul>
    </nav>
  );
}
