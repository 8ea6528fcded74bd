/**
 * Every set of contribution and co-sponsorship statuses the portal reasons with, each defined
 * once (issue 10): no other file lists statuses by hand. Pure data, no database.
 * The order of STATUSES is the database enum's (ContributionStatus), which the queue sorts by.
 */
export const STATUSES = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "RESUBMITTED", "ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN", "UNPUBLISHED"] as const;
export type Status = (typeof STATUSES)[number];

/** Published: the only status the public, the open-data API and the feeds see. */
export const PUBLISHED_STATUS = "ACCEPTED" satisfies Status;
/**
 * Taken down by the secretariat after publication, with a reason (issue 14 item 3): its permanent
 * address shows a notice (number, title, date, reason) instead of the text; every other public
 * surface leaves it out, and the open-data API answers 410 for it.
 */
export const UNPUBLISHED_STATUS = "UNPUBLISHED" satisfies Status;
/** Private to the organisation's members: never in the queue, never shown to anyone else. */
export const DRAFT_STATUS = "DRAFT" satisfies Status;

/** Every status but a draft: what the secretariat's queue can hold (and filter by), in enum order. */
export const QUEUE_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "RESUBMITTED", "ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN", "UNPUBLISHED"] as const satisfies readonly Status[];

/** The organisation's contributors may edit the content (and its attachments). */
export const EDITABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED"] as const satisfies readonly Status[];

/** Waiting for the secretariat: open to a decision (accept, reject, request changes); only these can be overdue. */
export const AWAITING_SECRETARIAT = ["SUBMITTED", "UNDER_REVIEW", "RESUBMITTED"] as const satisfies readonly Status[];

/** Before a decision, the contributor may still withdraw. */
export const WITHDRAWABLE_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "RESUBMITTED"] as const satisfies readonly Status[];

/** Closed for good by a decision or a withdrawal: the co-sponsor list is locked. */
export const CLOSED_STATUSES = ["ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN", "UNPUBLISHED"] as const satisfies readonly Status[];

/** The secretariat's note on the decision is addressed to the organisation in these statuses. */
export const DECISION_NOTE_STATUSES = ["REJECTED", "CHANGES_REQUESTED"] as const satisfies readonly Status[];

/**
 * Revision proposals may be decided: the text is the submitted one (not a draft, not returned for
 * changes) and the contribution is still in play or published.
 */
export const PROPOSAL_DECIDABLE_STATUSES = [...AWAITING_SECRETARIAT, "ACCEPTED"] as const satisfies readonly Status[];

/** Shown in the Action Line proposal views (through the caller's scope): not drafts, not withdrawn. */
export const HIDDEN_FROM_PROPOSAL_VIEWS = ["DRAFT", "WITHDRAWN"] as const satisfies readonly Status[];

export const COSPONSOR_STATUSES = ["INVITED", "CONFIRMED", "DECLINED", "WITHDRAWN"] as const;
export type CoSponsorStatus = (typeof COSPONSOR_STATUSES)[number];
/** An invitation that is still standing: it shares the contribution with the invited organisation. */
export const ACTIVE_COSPONSOR_STATUSES = ["INVITED", "CONFIRMED"] as const satisfies readonly CoSponsorStatus[];
/** An invited organisation's answers. */
export const COSPONSOR_RESPONSES = ["CONFIRMED", "DECLINED"] as const satisfies readonly CoSponsorStatus[];

/** Is `status` one of `set`? (A status read from the database is a plain string.) */
export function isIn<T extends string>(set: readonly T[], status: string): status is T {
  return (set as readonly string[]).includes(status);
}
