import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { loadSecretariatContributionView } from "@/lib/loaders/secretariat-contribution-view";
import { ProposalDecisionForm } from "@/components/proposals/proposal-decision-form";
import { ContributionView } from "@/components/contributions/contribution-view";
import { AttachmentList } from "@/components/contributions/attachment-list";
import { DecisionPanel } from "@/components/contributions/decision-panel";
import { Timeline } from "@/components/contributions/timeline";
import { AddNoteForm, AssignForm, DueDateForm } from "@/components/triage/triage-forms";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";
import { VersionList } from "@/components/contributions/version-compare";
import { CoSponsorList } from "@/components/contributions/cosponsor-list";
import { DuplicatesPanel } from "@/components/triage/duplicates-panel";
import { PublicationPanel } from "@/components/contributions/publication-panel";
import { contributionTitle } from "@/app/[locale]/contribution-title";
import { DocumentParts } from "@/components/documents/document-parts";
import { PartDecisionForm, RequestPartForm } from "@/components/documents/part-forms";
import { LanguageVersionForm } from "@/components/documents/language-version-form";

export const generateMetadata = contributionTitle({ namespace: "nav", key: "queue" });

export default async function SecretariatContributionPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/contributions/${id}`);
  const view = await loadSecretariatContributionView(actor, id, await searchParams);
  if (!view) notFound();
  const { contribution, notice } = view;
  const [t, tt, td] = await Promise.all([getTranslations("decision"), getTranslations("triage"), getTranslations("duplicates")]);
  return (
    <div className="with-aside">
      <div>
        {notice.outcome && (
          <p className="notice success" role="status">
            {t(`done.${notice.outcome as "ACCEPTED"}`, { documentNumber: contribution.documentNumber ?? "" })}
            {notice.publicPage && (
              <>
                {" "}
                <Link href={`/contributions/${notice.publicPage}`}>{t("publicPage")}</Link>
              </>
            )}
          </p>
        )}
        {notice.triage && (
          <p className="notice success" role="status">
            {tt(`done.${notice.triage}`)}
          </p>
        )}
        {notice.duplicate && (
          <p className="notice success" role="status">
            {td("done")}
          </p>
        )}
        <AssignForm contributionId={contribution.id} assigneeId={contribution.assigneeId} assignees={view.assignees} />
        <DueDateForm contributionId={contribution.id} dueOn={view.dueOn} />
        <ContributionView
          c={contribution}
          showDecisionNotes
          proposalDecision={view.proposalDecisionsOpen ? (row) => <ProposalDecisionForm key={row.decision} proposalId={row.id} contributionId={contribution.id} position={row.position} decision={row.decision} /> : undefined}
        />
        <AttachmentList attachments={view.attachments} headingLevel={2} />
        <CoSponsorList rows={view.coSponsors} />
        <VersionList c={view} basePath={`/${locale}/secretariat/contributions/${id}/versions`} />
        {view.documentParts && (
          <DocumentParts parts={view.documentParts.parts} actions={(p) => (view.documentParts?.decidable(p) ? <PartDecisionForm key={p.status} partId={p.id} status={p.status} /> : null)}>
            {view.documentParts.canRequest && <RequestPartForm contributionId={contribution.id} />}
            {view.translation && <LanguageVersionForm contributionId={contribution.id} languages={view.translation.languages} existing={view.translation.existing} />}
          </DocumentParts>
        )}
        <DuplicatesPanel contributionId={contribution.id} current={view.duplicateOf} candidates={view.likelyDuplicates} canMark={view.canMarkDuplicate} canUnmark={view.canUnmarkDuplicate} />
        <Timeline events={view.events} emails={view.emails} />
        <section id="internal-notes" aria-labelledby="internal-notes-heading">
          <h2 id="internal-notes-heading">{tt("notes")}</h2>
          <p className="hint">{tt("notesHint")}</p>
          {view.notes.length === 0 ? (
            <p>{tt("noNotes")}</p>
          ) : (
            <ol className="timeline" data-testid="internal-notes">
              {view.notes.map((n) => (
                <li key={n.id}>
                  <span className="meta">
                    <DateTime value={n.createdAt} /> · <UserText>{n.author.name ?? "—"}</UserText>
                  </span>
                  <p>
                    <UserText as="span">{n.text}</UserText>
                  </p>
                </li>
              ))}
            </ol>
          )}
          <AddNoteForm contributionId={contribution.id} />
        </section>
      </div>
      {/* key: a new status gives fresh forms (no stale error or expectedStatus). */}
      <div>
        <DecisionPanel key={contribution.status} contributionId={contribution.id} status={contribution.status} decisions={view.decisions} />
        <PublicationPanel key={`publication-${contribution.status}`} contributionId={contribution.id} status={contribution.status} {...view.publication} />
      </div>
    </div>
  );
}
