/** The signed-in person's account: what the portal holds about them, the download, deletion. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/guard";
import { DeleteAccountForm } from "@/components/account/delete-account-form";

export default async function Account({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations("account");
  return (
    <>
      <h1>{t("heading")}</h1>
      <dl className="facts">
        <dt>{t("name")}</dt>
        <dd>{actor.name ? <bdi>{actor.name}</bdi> : "—"}</dd>
        <dt>{t("email")}</dt>
        <dd>
          <bdi dir="ltr">{actor.email}</bdi>
        </dd>
      </dl>
      <h2>{t("dataHeading")}</h2>
      <p>{t("dataIntro")}</p>
      <p>
        <a className="button" href="/api/account/data.json" download>
          {t("download")}
        </a>
      </p>
      <p>
        <Link href="/privacy">{t("privacyLink")}</Link>
      </p>
      <h2>{t("deleteHeading")}</h2>
      <p>{t("deleteIntro")}</p>
      <ul>
        <li>{t("deleteStays")}</li>
        <li>{t("deleteGoes")}</li>
        <li>{t("deleteSessions")}</li>
      </ul>
      <DeleteAccountForm />
    </>
  );
}
