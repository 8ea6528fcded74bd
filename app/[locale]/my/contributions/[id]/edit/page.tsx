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
import { baselineVersion } from "@/lib/services/proposals/get-baseline";
import { contributionTitle } from "@/app/[locale]/contribution-title";

export const generateMetadata = contributionTitle({ namespace: "form", key: "editHeading" });

export default async function EditContributionPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ baseline?: string }> }) {
  const { locale, id } = await params;
  const moveToLatest = (await searchParams).baseline === "latest";
  setRequestLocale(locale);
  const actor = await requireUser(locale, `/${locale}/my/contributions/${id}/edit`);
  const c = await getContribution(actor, id);
  if (!c || !["DRAFT", "CHANGES_REQUESTED"].includes(c.status) || !can(actor, "contribution.create", { organisationId: c.organisationId })) notFound();
  const consultation = await getConsultationBySlug(c.consultation.slug);
  if (!consultation) notFound();
  const t = await getTranslations("form");
  const tc = await getTranslations("contribution");
  const tp = await getTranslations("proposals");
  const organisations = (await listSubmittingOrganisations(actor)).filter((o) => o.id === c.organisationId);
  const resubmit = c.status === "CHANGES_REQUESTED";
  const title = pickLocalised(consultation.title, locale);
  // Proposals stay tied to the baseline version they amend; a new one starts on the latest. A
  // draft begun before a revised text was loaded may be moved to it (?baseline=latest): the same
  // references are looked up in the new version when it is next saved.
  const latest = await baselineVersion();
  const tiedTo = c.proposals[0]?.provision.baseline.version;
  const baseline = tiedTo && !(moveToLatest && c.status === "DRAFT") ? await baselineVersion(tiedTo) : latest;
  const olderBaseline = c.status === "DRAFT" && latest && baseline && baseline.version < latest.version;
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
      {olderBaseline && (
        <p className="notice warning">
          {tp("olderBaseline", { version: baseline.version, latest: latest.version })}{" "}
          <a href={`/${locale}/my/contributions/${c.id}/edit?baseline=latest`}>{tp("moveToLatest", { latest: latest.version })}</a>
        </p>
      )}
      <ContributionForm
        attachmentLimits={attachmentLimits()}
        attachments={await listAttachments(actor, c.id)}
        mode={resubmit ? "resubmit" : "draft"}
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
