/**
 * Which decisions are open to a person on a contribution in a given status: the secretariat's
 * decisions on the contribution (from the transition table), its decisions on each revision
 * proposal, and the contributor's own moves (edit, withdraw, ask for more time).
 */
import { DECISIONS, type Decision } from "@/lib/schemas/decision";
import { DECISION_NOTE_STATUSES, DRAFT_STATUS, EDITABLE_STATUSES, PROPOSAL_DECIDABLE_STATUSES, PUBLISHED_STATUS, isIn } from "./statuses";
import { TRANSITIONS, canTransition, transitionsFrom, type Status } from "./transitions";

/** The secretariat's decisions open on a contribution in `status`, in the table's order. */
export function decisionsOpen(status: string): Decision[] {
  return transitionsFrom(status as Status).filter((n): n is Decision => (DECISIONS as readonly string[]).includes(n));
}

/** Whether revision proposals of a contribution in `status` may be decided one by one. */
export const proposalDecisionsOpen = (status: string): boolean => isIn(PROPOSAL_DECIDABLE_STATUSES, status);

/** Whether the contributor may withdraw a contribution in `status`. */
export const canWithdraw = (status: string): boolean => canTransition("withdraw", status as Status);

/** Whether an organisation may ask for more time (drafts only: after submission the deadline no longer applies). */
export const canRequestExtension = (status: string): boolean => status === DRAFT_STATUS;

/** Whether the secretariat's note on the decision is shown to the organisation as the outcome. */
export const showsDecisionNote = (status: string): boolean => isIn(DECISION_NOTE_STATUSES, status);

/** Whether a contribution in `status` is published (the public sees it; its decisions are final). */
export const isPublished = (status: string): boolean => status === PUBLISHED_STATUS;

/** Edit (a draft) or revise (sent back for changes), or null when not editable. */
export function editMode(status: string): "edit" | "revise" | null {
  if (!isIn(EDITABLE_STATUSES, status)) return null;
  return status === DRAFT_STATUS ? "edit" : "revise";
}

/** The statuses a secretariat decision leads to (under review, accepted, rejected, changes requested). */
export const DECISION_OUTCOMES: readonly Status[] = DECISIONS.map((d) => TRANSITIONS[d].to);

/**
 * The outcome to confirm after a decision: `done` (from the address the decision form led to)
 * when it is a decision's outcome and still the contribution's status, else null.
 */
export function decisionOutcome(done: string | undefined, status: string): Status | null {
  return done && done === status && DECISION_OUTCOMES.includes(done as Status) ? (done as Status) : null;
}

/** Unpublishing and republishing (issue 14 item 3), not decisions of the review: their own panel. */
export const PUBLICATION_CHANGES = ["unpublish", "republish"] as const;
export type PublicationChange = (typeof PUBLICATION_CHANGES)[number];

/** The publication change open on a contribution in `status` (unpublish a published one, republish an unpublished one). */
export function publicationChangesOpen(status: string): PublicationChange[] {
  return PUBLICATION_CHANGES.filter((n) => canTransition(n, status as Status));
}

/**
 * Whether a contribution in `status` may be marked a duplicate of another (issue 14 item 4): it is
 * waiting for a decision, or already a duplicate (pointed at another contribution).
 */
export const canMarkDuplicate = (status: string): boolean => canTransition("markDuplicate", status as Status) || status === TRANSITIONS.markDuplicate.to;
