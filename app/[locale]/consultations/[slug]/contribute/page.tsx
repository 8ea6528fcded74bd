import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadContributeView } from "@/lib/loaders/consultation-view";
import { ACTION_LINE_CODES, SDG_NUMBERS, actionLineTitle, sdgTitle, c7Subitems } from "@/lib/reference";
import { pickLocalised } from "@/lib/localised";
import { ContributionForm } from "@/components/forms/contribution-form";
import { ConsultationWindow } from "@/components/contributions/consultation-summary";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("form", "heading");

export default async function ContributePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("contribution.create", locale, `/${locale}/consultations/${slug}/contribute`);
  const view = await loadContributeView(actor, slug);
  if (!view) notFound();
  const { consultation, now, state } = view;
  const [t, tc] = await Promise.all([getTranslations("form"), getTranslations("consultation")]);
  const title = pickLocalised(consultation.title, locale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p lang={title.lang}>
        <strong>{title.text}</strong>
      </p>
      <ConsultationWindow c={consultation} now={now} />
      {state !== "open" ? (
        <p className="notice warning">{tc(state === "upcoming" ? "upcomingNotice" : "closedNotice")}</p>
      ) : (
        <ContributionForm
          attachmentLimits={view.attachmentLimits}
          allowedTypes={consultation.allowedTypes}
          baseline={view.baseline}
          consultation={{ id: consultation.id, questions: consultation.guidingQuestions.map((q) => ({ id: q.id, text: pickLocalised(q.text, locale) })) }}
          organisations={view.organisations}
          actionLines={ACTION_LINE_CODES.map((code) => ({ code, title: actionLineTitle(code, locale) }))}
          sdgs={SDG_NUMBERS.map((n) => ({ n, title: sdgTitle(n, locale) }))}
          c7SubItems={c7Subitems(locale)}
        />
      )}
    </>
  );
}
