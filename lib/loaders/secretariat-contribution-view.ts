/**
 * The secretariat's page of one contribution (/secretariat/contributions/[id]): the contribution,
 * loaded once through the queue's scope, then what hangs off it, each through its own scope and
 * keyed by the contribution's id (no second look-up of the contribution), plus what the rules say
 * this person may do on it.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getQueueContribution } from "@/lib/services/contributions/get-contribution";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { listCoSponsors } from "@/lib/services/cosponsors/list-cosponsors";
import { listVersionSummaries } from "@/lib/services/contributions/versions";
import { listAssignees } from "@/lib/services/triage/assign-contribution";
import { listInternalNotes } from "@/lib/services/triage/internal-notes";
import { duplicateTarget, likelyDuplicatesOf } from "@/lib/services/triage/duplicates";
import { listContributionEmails } from "@/lib/services/contributions/contribution-emails";
import { listTimelineEvents } from "@/lib/services/contributions/timeline-events";
import { decisionOutcome, decisionsOpen, isPublished, proposalDecisionsOpen, publicationChangesOpen, canMarkDuplicate } from "@/lib/rules/decisions";
import { dayOf } from "@/lib/schemas/due-date";
import { documentTakesParts, partDecisionsOpen } from "@/lib/rules/document-parts";
import { listDocumentParts } from "@/lib/services/documents/list-parts";
import { listLanguageVersions } from "@/lib/services/documents/language-versions";
import { DOCUMENT_LANGUAGES } from "@/lib/schemas/language-version";

/** Notices the triage forms lead back with (?done=…), besides a decision's outcome. */
const TRIAGE_NOTICES = ["ASSIGNED", "NOTED", "DUE", "PROPOSAL_DECIDED"] as const;

export async function loadSecretariatContributionView(actor: UserActor, id: string, search: { done?: string } = {}) {
  const contribution = await getQueueContribution(actor, id);
  if (!contribution) return null;
  const [languageVersions, parts, attachments, coSponsors, versions, assignees, notes, likelyDuplicates, duplicateOf, emails, events] = await Promise.all([
    listLanguageVersions(actor, contribution.id),
    listDocumentParts(actor, contribution.id),
    listAttachments(actor, contribution.id),
    listCoSponsors(actor, contribution.id),
    listVersionSummaries(actor, contribution.id),
    listAssignees(actor),
    listInternalNotes(actor, contribution.id),
    likelyDuplicatesOf(actor, contribution),
    duplicateTarget(actor, contribution.duplicateOfId),
    listContributionEmails(actor, contribution.id),
    listTimelineEvents(actor, contribution.id),
  ]);
  const status = contribution.status;
  const mayRevise = can(actor, "document.revise");
  return {
    contribution,
    attachments,
    coSponsors,
    versions,
    assignees,
    notes,
    likelyDuplicates,
    duplicateOf,
    emails,
    events,
    dueOn: contribution.dueOn ? dayOf(contribution.dueOn) : null,
    /** The secretariat's decisions open in this status (the decision panel's buttons). */
    decisions: decisionsOpen(status),
    proposalDecisionsOpen: proposalDecisionsOpen(status),
    // Marking is a decision (issue 14 item 4): open while the contribution waits for one.
    canMarkDuplicate: can(actor, "contribution.mark-duplicate") && canMarkDuplicate(status),
    canUnmarkDuplicate: can(actor, "contribution.mark-duplicate"),
    /** Unpublish / republish (issue 14 item 3): what is open, and the current unpublication. */
    publication: {
      open: can(actor, "contribution.decide") ? publicationChangesOpen(status) : [],
      unpublishedAt: contribution.unpublishedAt,
      reason: contribution.unpublishReason,
      done: search.done === "UNPUBLISHED" || (search.done === "ACCEPTED" && status === "ACCEPTED"),
    },
    /** Language versions (issue 14 item 2): the form, for a published document, to those who may translate. */
    translation:
      can(actor, "document.translate") && documentTakesParts(status)
        ? { languages: DOCUMENT_LANGUAGES.filter((l) => l !== contribution.language), existing: languageVersions.map((v) => ({ language: v.language, title: v.title, summary: v.summary, body: v.body, updatedAt: v.updatedAt.toISOString() })) }
        : null,
    languageVersions,
    /** Revisions, addenda, corrigenda (issue 14): the list, the request form, the decisions open. */
    documentParts: parts.length > 0 || documentTakesParts(status) ? { parts, canRequest: mayRevise && documentTakesParts(status), decidable: (p: { status: string }) => mayRevise && partDecisionsOpen(p.status).length > 0 } : null,
    notice: {
      outcome: decisionOutcome(search.done, status),
      publicPage: isPublished(status) ? contribution.referenceNumber : null,
      triage: TRIAGE_NOTICES.find((d) => d === search.done) ?? null,
      duplicate: search.done === "DUPLICATE",
    },
  };
}

export type SecretariatContributionView = NonNullable<Awaited<ReturnType<typeof loadSecretariatContributionView>>>;
