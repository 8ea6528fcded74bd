/** The secretariat's list of consultations, with their windows, to create and edit them. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { loadConsultationsView } from "@/lib/loaders/secretariat-views";
import { ConsultationCard } from "@/components/contributions/consultation-summary";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("nav", "consultations");

export default async function ManageConsultations({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("consultation.manage", locale, `/${locale}/secretariat/consultations`);
  const t = await getTranslations("consultations");
  const { consultations, now } = await loadConsultationsView();
  return (
    <>
      <h1>{t("heading")}</h1>
      {(await searchParams).saved && (
        <p className="notice success" role="status">
          {t("saved")}
        </p>
      )}
      <p>
        <Link className="button" href="/secretariat/consultations/new">
          {t("new")}
        </Link>
      </p>
      <p>
        <Link href="/secretariat/baselines">{t("baselinesLink")}</Link>
      </p>
      <div className="cards">
        {consultations.map((c) => (
          <div key={c.id}>
            <ConsultationCard c={c} now={now} headingLevel={2} />
            <p>
              <Link href={`/secretariat/consultations/${c.id}`}>{t("edit")}</Link>
            </p>
          </div>
        ))}
      </div>
    </>
  );
}
