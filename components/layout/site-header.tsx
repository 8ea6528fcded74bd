/** Site header: title, main navigation for the caller's role, session and language switch. */
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { headers } from "next/headers";
import { devMailboxOpenTo } from "@/lib/http/dev-mailbox";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "./nav-link";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tm = await getTranslations("meta");
  const actor = await getActor();
  const mailbox = devMailboxOpenTo(await headers());
  const isMember = actor.kind === "user" && can(actor, "contribution.read-organisation");
  return (
    <header className="site-header">
      <div className="bar">
        <Link href="/" className="site-title">
          {tm("siteName")}
        </Link>
        <nav className="site-nav" aria-label={t("main")}>
          <ul>
            <li><NavLink href="/">{t("home")}</NavLink></li>
            <li><NavLink href="/contributions">{t("contributions")}</NavLink></li>
            <li><NavLink href="/action-lines">{t("actionLines")}</NavLink></li>
            <li><NavLink href="/statistics">{t("statistics")}</NavLink></li>
            <li><NavLink href="/meetings">{t("meetings")}</NavLink></li>
            {isMember && <li><NavLink href="/my">{t("myContributions")}</NavLink></li>}
            {can(actor, "cosponsor.confirm") && <li><NavLink href="/cosponsorships">{t("cosponsorships")}</NavLink></li>}
            {can(actor, "organisation.manage-contributors") && <li><NavLink href="/organisation">{t("organisation")}</NavLink></li>}
            {actor.kind === "user" && !isMember && !can(actor, "queue.view") && <li><NavLink href="/affiliation">{t("affiliation")}</NavLink></li>}
            {can(actor, "queue.view") && <li><NavLink href="/secretariat" notUnder={["/secretariat/affiliations", "/secretariat/extensions", "/secretariat/dashboard", "/secretariat/consultations"]}>{t("queue")}</NavLink></li>}
            {can(actor, "queue.view") && <li><NavLink href="/secretariat/dashboard">{t("dashboard")}</NavLink></li>}
            {can(actor, "affiliation.verify") && <li><NavLink href="/secretariat/affiliations">{t("affiliations")}</NavLink></li>}
            {can(actor, "contribution.decide") && <li><NavLink href="/secretariat/extensions">{t("extensions")}</NavLink></li>}
            {can(actor, "consultation.manage") && <li><NavLink href="/secretariat/consultations">{t("consultations")}</NavLink></li>}
            {can(actor, "announcement.send") && <li><NavLink href="/secretariat/announcements">{t("announcements")}</NavLink></li>}
            {can(actor, "admin.manage") && <li><NavLink href="/admin">{t("admin")}</NavLink></li>}
            {mailbox && <li><NavLink href="/dev/mailbox">{t("mailbox")}</NavLink></li>}
          </ul>
        </nav>
        <div className="session">
          {actor.kind === "user" ? (
            <>
              <span>{t.rich("signedInAs", { name: actor.name ?? actor.email, user: (chunks) => <bdi>{chunks}</bdi> })}</span>
              <Link href="/account">{t("account")}</Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <Link href="/signin">{t("signIn")}</Link>
          )}
          <LanguageSwitcher signedIn={actor.kind === "user"} />
        </div>
      </div>
    </header>
  );
}
