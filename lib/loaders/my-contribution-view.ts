/**
 * A contribution as its organisation's members see it (/my/contributions/[id]), or as the focal
 * point of an organisation invited to co-sponsor it sees it (content and confirmed co-sponsors
 * only). Loaded once through the scope; everything else through its own scope by id; every flag
 * from lib/rules (the co-sponsor lock, what is editable, what may be withdrawn or extended).
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getOwnContribution } from "@/lib/services/contributions/get-contribution";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { listCoSponsors, listInvitableOrganisations } from "@/lib/services/cosponsors/list-cosponsors";
import { listVersionSummaries } from "@/lib/services/contributions/versions";
import { listContributionEmails } from "@/lib/services/contributions/contribution-emails";
import { listTimelineEvents } from "@/lib/services/contributions/timeline-events";
import { LEAD_MOVE_OUTCOMES, canInviteTo, coSponsorsOpen, isActiveInvitation } from "@/lib/rules/cosponsors";
import { canRequestExtension, canWithdraw, editMode, showsDecisionNote } from "@/lib/rules/decisions";
import { showsProposalDecisions } from "@/lib/rules/proposals";
import { effectiveDeadline } from "@/lib/rules/window";
import { documentTakesParts, partAwaitsText } from "@/lib/rules/document-parts";
import { listDocumentParts } from "@/lib/services/documents/list-parts";

export interface MyContributionSearch {
  submitted?: string;
  resubmitted?: string;
  done?: string;
  cosponsor?: string;
  extension?: string;
}

export async function loadMyContributionView(actor: UserActor, id: string, search: MyContributionSearch = {}, now = new Date()) {
  const own = await getOwnContribution(actor, id);
  if (!own) return null;
  const { contribution, access } = own;
  const member = access === "member";
  const status = contribution.status;
  // The lead organisation's contributors act on it; an invited focal point only reads.
  const mayAct = can(actor, "contribution.create", { organisationId: contribution.organisationId });
  const listOpen = coSponsorsOpen(contribution, now);
  const canInvite = mayAct && canInviteTo(contribution, now);
  const [attachments, coSponsors, versions, events, emails, organisations] = await Promise.all([
    listAttachments(actor, contribution.id),
    listCoSponsors(actor, contribution.id, { confirmedOnly: !member }),
    member ? listVersionSummaries(actor, contribution.id) : [],
    member ? listTimelineEvents(actor, contribution.id) : [],
    member ? listContributionEmails(actor, contribution.id) : [],
    canInvite ? listInvitableOrganisations(actor, contribution.organisationId) : [],
  ]);
  const parts = member ? await listDocumentParts(actor, contribution.id) : [];
  const mayAddParts = mayAct && documentTakesParts(status);
  // Organisations already invited (or confirmed) are not offered again.
  const invitable = organisations.filter((o) => !coSponsors.some((c) => c.organisation.id === o.id && isActiveInvitation(c.status)));
  return {
    contribution,
    access,
    attachments,
    coSponsors,
    versions,
    /** The history (allow-listed per audience by its scope) and e-mails to this person: members only. */
    timeline: member ? { events, emails } : null,
    invitable,
    /** Revisions, addenda, corrigenda (issue 14): shown once there is one or one may be asked for. */
    documentParts: member && (parts.length > 0 || mayAddParts) ? { parts, canSubmit: mayAddParts, awaitsText: (p: { status: string }) => mayAddParts && partAwaitsText(p.status) } : null,
    /** "edit" (a draft), "revise" (changes requested) or null: the edit link, for those who may act. */
    editMode: mayAct ? editMode(status) : null,
    canWithdraw: mayAct && canWithdraw(status),
    /** A draft can be deleted by those who may edit it (issue 15 item 4; the service checks again). */
    canDeleteDraft: mayAct && status === "DRAFT",
    canInviteCoSponsor: canInvite && invitable.length > 0,
    /** A withdraw button on each standing invitation, while the list is open. */
    canWithdrawCoSponsor: (row: { status: string }) => mayAct && listOpen && isActiveInvitation(row.status),
    coSponsorsOpen: listOpen,
    coSponsorsLocked: mayAct && !listOpen && coSponsors.length > 0,
    /** A draft: co-sponsors come after submission (issue 12). */
    coSponsorsAfterSubmission: mayAct && listOpen && !canInviteTo(contribution, now),
    showDecisionNotes: member,
    showProposalDecisions: showsProposalDecisions(access, status),
    decisionNote: member && contribution.decisionNote && showsDecisionNote(status) ? contribution.decisionNote : null,
    extension: mayAct && canRequestExtension(status) ? { deadline: effectiveDeadline(contribution.consultation.closesAt, contribution.extendedUntil), requested: contribution.extensionRequestedAt !== null } : null,
    notice: {
      submitted: (search.submitted === "1" || search.resubmitted === "1") && contribution.referenceNumber ? contribution.referenceNumber : null,
      withdrawn: search.done === "WITHDRAWN" && status === "WITHDRAWN",
      cosponsor: LEAD_MOVE_OUTCOMES.find((d) => d === search.cosponsor) ?? null,
      extensionRequested: search.extension === "request",
    },
  };
}

export type MyContributionView = NonNullable<Awaited<ReturnType<typeof loadMyContributionView>>>;
