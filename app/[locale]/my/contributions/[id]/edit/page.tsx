/**
 * Editing a contribution its organisation may still change: a draft (autosaved, then submitted)
 * or one whose changes were requested (revised, then resubmitted). Anything else is a 404.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { getConsultationBySlug } from "@/lib/services/consultations/get-consultations";
import { listSubmittingOrganisations } from "@/lib/services/organisations/list-actor-organisations";
import { ACTION_LINE_CODES, SDG_NUMBERS, actionLineTitle, sdgTitle, type LanguageCode, c7Subitems, C7_SUBITEM_KEYS } from "@/lib/reference";
import { pickLocalised } from "@/lib/localised";
import { ContributionForm } from "@/components/forms/contribution-form";
import { attachmentLimits } from "@/lib/services/attachments/limits";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { ConsultationWindow } from "@/components/contributions/consultation-summary";
import { UserText } from "@/components/ui/user-text";

export default async function EditContributionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}/edit`);
  const c = await getContribution(actor, id);
  if (!c || !["DRAFT", "CHANGES_REQUESTED"].includes(c.status) || !can(actor, "contribution.create", { organisationId: c.organisationId })) notFound();
  const consultation = await getConsultationBySlug(c.consultation.slug);
  if (!consultation) notFound();
  const t = await getTranslations("form");
  const tc = await getTranslations("contribution");
  const organisations = (await listSubmittingOrganisations(actor)).filter((o) => o.id === c.organisationId);
  const resubmit = c.status === "CHANGES_REQUESTED";
  const title = pickLocalised(consultation.title, locale);
  return (
    <>
      <h1>{resubmit ? t("resubmitHeading") : t("editHeading")}</h1>
      <p lang={title.lang}>
        <strong>{title.text}</strong>
      </p>
      <ConsultationWindow c={consultation} now={new Date()} />
      {resubmit && c.decisionNote && (
        <section className="notice warning">
          <h2 style={{ marginBlockStart: 0 }}>{tc("decisionNote")}</h2>
          <p>
            <UserText as="span">{c.decisionNote}</UserText>
          </p>
        </section>
      )}
      <ContributionForm
        attachmentLimits={attachmentLimits()}
        attachments={await listAttachments(actor, c.id)}
        mode={resubmit ? "resubmit" : "draft"}
        contributionId={c.id}
        idempotencyKey={c.idempotencyKey ?? undefined}
        initial={{
          organisationId: c.organisationId,
          title: c.title,
          summary: c.summary,
          body: c.body,
          language: (c.language ?? undefined) as LanguageCode | undefined,
          actionLines: c.actionLines as (typeof ACTION_LINE_CODES)[number][],
          sdgs: c.sdgs,
          c7SubItems: c.c7SubItems as (typeof C7_SUBITEM_KEYS)[number][],
          answers: consultation.guidingQuestions.map((q) => ({ questionId: q.id, text: c.answers.find((a) => a.questionId === q.id)?.text ?? "" })),
        }}
        consultation={{ id: consultation.id, questions: consultation.guidingQuestions.map((q) => ({ id: q.id, text: pickLocalised(q.text, locale) })) }}
        organisations={organisations}
        actionLines={ACTION_LINE_CODES.map((code) => ({ code, title: actionLineTitle(code, locale) }))}
        sdgs={SDG_NUMBERS.map((n) => ({ n, title: sdgTitle(n, locale) }))}
        c7SubItems={c7Subitems(locale)}
      />
    </>
  );
}
