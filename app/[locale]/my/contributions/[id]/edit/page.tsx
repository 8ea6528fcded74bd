/**
 * Editing a contribution its organisation may still change: a draft (autosaved, then submitted)
 * or one whose changes were requested (revised, then resubmitted). Anything else is a 404.
 */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { loadEditContributionView } from "@/lib/loaders/edit-contribution-view";
import { ACTION_LINE_CODES, SDG_NUMBERS, actionLineTitle, sdgTitle, type LanguageCode, c7Subitems, C7_SUBITEM_KEYS } from "@/lib/reference";
import { pickLocalised } from "@/lib/localised";
import { ContributionForm } from "@/components/forms/contribution-form";
import { ConsultationWindow } from "@/components/contributions/consultation-summary";
import { UserText } from "@/components/ui/user-text";
import { contributionTitle } from "@/app/[locale]/contribution-title";

export const generateMetadata = contributionTitle({ namespace: "form", key: "editHeading" });

export default async function EditContributionPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ baseline?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}/edit`);
  const view = await loadEditContributionView(actor, id, await searchParams);
  if (!view) notFound();
  const { contribution: c, consultation, baseline, olderBaseline } = view;
  const [t, tc, tp] = await Promise.all([getTranslations("form"), getTranslations("contribution"), getTranslations("proposals")]);
  const resubmit = view.formMode === "resubmit";
  const title = pickLocalised(consultation.title, locale);
  return (
    <>
      <h1>{resubmit ? t("resubmitHeading") : t("editHeading")}</h1>
      <p lang={title.lang}>
        <strong>{title.text}</strong>
      </p>
      <ConsultationWindow c={consultation} now={new Date()} />
      {view.decisionNote && (
        <section className="notice warning">
          <h2 style={{ marginBlockStart: 0 }}>{tc("decisionNote")}</h2>
          <p>
            <UserText as="span">{view.decisionNote}</UserText>
          </p>
        </section>
      )}
      {olderBaseline && (
        <p className="notice warning">
          {tp("olderBaseline", olderBaseline)}{" "}
          <a href={`/${locale}/my/contributions/${c.id}/edit?baseline=latest`}>{tp("moveToLatest", { latest: olderBaseline.latest })}</a>
        </p>
      )}
      <ContributionForm
        attachmentLimits={view.attachmentLimits}
        attachments={view.attachments}
        mode={view.formMode}
        allowedTypes={consultation.allowedTypes}
        baseline={baseline}
        contributionId={c.id}
        idempotencyKey={c.idempotencyKey ?? undefined}
        initial={{
          organisationId: c.organisationId,
          type: c.type,
          baselineVersion: baseline?.version,
          proposals: c.proposals.map((p) => ({ marker: p.marker, ref: p.provision.ref, text: p.text, reasons: p.reasons })),
          title: c.title,
          summary: c.summary,
          body: c.body,
          language: (c.language ?? undefined) as LanguageCode | undefined,
          actionLines: c.actionLines as (typeof ACTION_LINE_CODES)[number][],
          sdgs: c.sdgs,
          c7SubItems: c.c7SubItems as (typeof C7_SUBITEM_KEYS)[number][],
          nameInCampaign: c.nameInCampaign,
          answers: consultation.guidingQuestions.map((q) => ({ questionId: q.id, text: c.answers.find((a) => a.questionId === q.id)?.text ?? "" })),
        }}
        consultation={{ id: consultation.id, questions: consultation.guidingQuestions.map((q) => ({ id: q.id, text: pickLocalised(q.text, locale) })) }}
        organisations={view.organisations}
        actionLines={ACTION_LINE_CODES.map((code) => ({ code, title: actionLineTitle(code, locale) }))}
        sdgs={SDG_NUMBERS.map((n) => ({ n, title: sdgTitle(n, locale) }))}
        c7SubItems={c7Subitems(locale)}
      />
    </>
  );
}
