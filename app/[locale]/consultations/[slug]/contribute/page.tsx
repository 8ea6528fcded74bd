import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { getConsultationBySlug } from "@/lib/services/consultations/get-consultations";
import { windowState } from "@/lib/services/consultations/window";
import { listSubmittingOrganisations } from "@/lib/services/organisations/list-actor-organisations";
import { ACTION_LINE_CODES, SDG_NUMBERS, actionLineTitle, sdgTitle, c7Subitems } from "@/lib/reference";
import { pickLocalised } from "@/lib/localised";
import { ContributionForm } from "@/components/forms/contribution-form";
import { attachmentLimits } from "@/lib/services/attachments/limits";
import { ConsultationWindow } from "@/components/contributions/consultation-summary";
import { baselineVersion } from "@/lib/services/proposals/get-baseline";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("form", "heading");

export default async function ContributePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("contribution.create", locale, `/${locale}/consultations/${slug}/contribute`);
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) notFound();
  const t = await getTranslations("form");
  const tc = await getTranslations("consultation");
  const organisations = await listSubmittingOrganisations(actor);
  const now = new Date();
  const title = pickLocalised(consultation.title, locale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p lang={title.lang}>
        <strong>{title.text}</strong>
      </p>
      <ConsultationWindow c={consultation} now={now} />
      {windowState(consultation, now) !== "open" ? (
        <p className="notice warning">{tc(windowState(consultation, now) === "upcoming" ? "upcomingNotice" : "closedNotice")}</p>
      ) : (
        <ContributionForm
          attachmentLimits={attachmentLimits()}
          allowedTypes={consultation.allowedTypes}
          baseline={await baselineVersion()}
          consultation={{ id: consultation.id, questions: consultation.guidingQuestions.map((q) => ({ id: q.id, text: pickLocalised(q.text, locale) })) }}
          organisations={organisations}
          actionLines={ACTION_LINE_CODES.map((code) => ({ code, title: actionLineTitle(code, locale) }))}
          sdgs={SDG_NUMBERS.map((n) => ({ n, title: sdgTitle(n, locale) }))}
          c7SubItems={c7Subitems(locale)}
        />
      )}
    </>
  );
}
