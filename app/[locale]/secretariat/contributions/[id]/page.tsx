import { ProposalDecisionForm } from "@/components/proposals/proposal-decision-form";
import { PROPOSAL_DECIDABLE_STATUSES } from "@/lib/schemas/proposal-decision";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { transitionsFrom, type Status } from "@/lib/workflow/transitions";
import { DECISIONS, type Decision } from "@/lib/schemas/decision";
import { ContributionView } from "@/components/contributions/contribution-view";
import { AttachmentList } from "@/components/contributions/attachment-list";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { DecisionPanel } from "@/components/contributions/decision-panel";
import { Timeline } from "@/components/contributions/timeline";
import { AddNoteForm, AssignForm, DueDateForm } from "@/components/triage/triage-forms";
import { listAssignees } from "@/lib/services/triage/assign-contribution";
import { listInternalNotes } from "@/lib/services/triage/internal-notes";
import { DateTime } from "@/components/ui/date-time";
import { UserText } from "@/components/ui/user-text";
import { VersionList } from "@/components/contributions/version-compare";
import { listVersions } from "@/lib/services/contributions/versions";
import { listCoSponsors } from "@/lib/services/cosponsors/list-cosponsors";
import { CoSponsorList } from "@/components/contributions/cosponsor-list";
import { can } from "@/lib/auth/permissions";
import { duplicateOf, findLikelyDuplicates } from "@/lib/services/triage/duplicates";
import { DuplicatesPanel } from "@/components/triage/duplicates-panel";
import { listContributionEmails } from "@/lib/services/contributions/contribution-emails";
import { contributionTitle } from "@/app/[locale]/contribution-title";

const DONE = ["UNDER_REVIEW", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED"] as const;
const TRIAGE_DONE = ["ASSIGNED", "NOTED", "DUE", "PROPOSAL_DECIDED"] as const;

export const generateMetadata = contributionTitle({ namespace: "nav", key: "queue" });

export default async function SecretariatContributionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { locale, id } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/contributions/${id}`);
  const contribution = await getContribution(actor, id);
  if (!contribution) notFound();
  const t = await getTranslations("decision");
  const versions = await listVersions(actor, id);
  const tt = await getTranslations("triage");
  const [assignees, notes, likely, markedAs, emails] = await Promise.all([listAssignees(actor), listInternalNotes(actor, id), findLikelyDuplicates(actor, id), duplicateOf(actor, id), listContributionEmails(actor, id)]);
  const td = await getTranslations("duplicates");
  const triageDone = TRIAGE_DONE.find((d) => d === done);
  const outcome = DONE.find((d) => d === done && d === contribution.status);
  const decisions = transitionsFrom(contribution.status as Status).filter((n): n is Decision => (DECISIONS as readonly string[]).includes(n));
  return (
    <div className="with-aside">
      <div>
        {outcome && (
          <p className="notice success" role="status">
            {t(`done.${outcome}`, { documentNumber: contribution.documentNumber ?? "" })}
            {contribution.status === "ACCEPTED" && contribution.referenceNumber && (
              <>
                {" "}
                <Link href={`/contributions/${contribution.referenceNumber}`}>{t("publicPage")}</Link>
              </>
            )}
          </p>
        )}
        {triageDone && (
          <p className="notice success" role="status">
            {tt(`done.${triageDone}`)}
          </p>
        )}
        {done === "DUPLICATE" && (
          <p className="notice success" role="status">
            {td("done")}
          </p>
        )}
        <AssignForm contributionId={contribution.id} assigneeId={contribution.assigneeId} assignees={assignees} />
        <DueDateForm contributionId={contribution.id} dueOn={contribution.dueOn ? contribution.dueOn.toISOString().slice(0, 10) : null} />
        <ContributionView
          c={contribution}
          showDecisionNotes
          proposalDecision={(PROPOSAL_DECIDABLE_STATUSES as readonly string[]).includes(contribution.status) ? (row) => <ProposalDecisionForm key={row.decision} proposalId={row.id} contributionId={contribution.id} position={row.position} decision={row.decision} /> : undefined}
        />
        <AttachmentList attachments={await listAttachments(actor, contribution.id)} headingLevel={2} />
        <CoSponsorList rows={await listCoSponsors(actor, id)} />
        {versions && <VersionList c={versions} basePath={`/${locale}/secretariat/contributions/${id}/versions`} />}
        <DuplicatesPanel contributionId={contribution.id} current={markedAs} candidates={likely} canMark={can(actor, "contribution.mark-duplicate")} />
        <Timeline events={contribution.auditEvents} emails={emails} />
        <section id="internal-notes" aria-labelledby="internal-notes-heading">
          <h2 id="internal-notes-heading">{tt("notes")}</h2>
          <p className="hint">{tt("notesHint")}</p>
          {notes.length === 0 ? (
            <p>{tt("noNotes")}</p>
          ) : (
            <ol className="timeline" data-testid="internal-notes">
              {notes.map((n) => (
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
      <DecisionPanel key={contribution.status} contributionId={contribution.id} status={contribution.status} decisions={decisions} />
    </div>
  );
}
