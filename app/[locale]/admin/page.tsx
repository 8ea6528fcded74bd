/** The admin's start page: the three sections. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("admin.manage", locale, `/${locale}/admin`);
  const t = await getTranslations("admin");
  return (
    <>
      <h1>{t("heading")}</h1>
      <div className="cards">
        {(["users", "organisations", "audit"] as const).map((s) => (
          <article key={s} className="card">
            <h2>
              <Link href={`/admin/${s}`}>{t(`${s}.heading`)}</Link>
            </h2>
            <p>{t(`${s}.intro`)}</p>
          </article>
        ))}
      </div>
    </>
  );
}
