/**
 * The contribution status machine (product brief, "Status flow"):
 *   draft → submitted → under review → accepted (published) | rejected | duplicate;
 *   under review → changes requested → resubmitted; withdraw before a decision.
 * Each transition names the permission it needs, whether a reason is required, and the e-mail
 * that tells the contributor. Pure data and functions: the service applies them.
 */
import type { Permission } from "@/lib/auth/permissions";
import type { EmailKind } from "@/lib/workflow/email-kinds";
import { AWAITING_SECRETARIAT, WITHDRAWABLE_STATUSES, type Status } from "./statuses";

export type { Status };

export interface Transition {
  from: readonly Status[];
  to: Status;
  permission: Permission;
  reasonRequired: boolean;
  /** E-mail to the contribution's creator, if any. */
  email?: EmailKind;
}

const OPEN_FOR_DECISION: readonly Status[] = AWAITING_SECRETARIAT;

export const TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", permission: "contribution.create", reasonRequired: false, email: "receipt" },
  resubmit: { from: ["CHANGES_REQUESTED"], to: "RESUBMITTED", permission: "contribution.create", reasonRequired: false, email: "resubmitted" },
  withdraw: { from: WITHDRAWABLE_STATUSES, to: "WITHDRAWN", permission: "contribution.create", reasonRequired: false, email: "withdrawn" },
  startReview: { from: ["SUBMITTED", "RESUBMITTED"], to: "UNDER_REVIEW", permission: "contribution.review", reasonRequired: false, email: "underReview" },
  accept: { from: OPEN_FOR_DECISION, to: "ACCEPTED", permission: "contribution.decide", reasonRequired: false, email: "accepted" },
  reject: { from: OPEN_FOR_DECISION, to: "REJECTED", permission: "contribution.decide", reasonRequired: true, email: "rejected" },
  requestChanges: { from: OPEN_FOR_DECISION, to: "CHANGES_REQUESTED", permission: "contribution.decide", reasonRequired: true, email: "changesRequested" },
  // Issue 14 item 4: a duplicate is a decision (DUPLICATE), taken back to review when reversed.
  markDuplicate: { from: OPEN_FOR_DECISION, to: "DUPLICATE", permission: "contribution.mark-duplicate", reasonRequired: false, email: "markedDuplicate" },
  unmarkDuplicate: { from: ["DUPLICATE"], to: "UNDER_REVIEW", permission: "contribution.mark-duplicate", reasonRequired: false, email: "duplicateUnmarked" },
  // Issue 14 item 3: taking a published document down (the reason is shown publicly) and back.
  unpublish: { from: ["ACCEPTED"], to: "UNPUBLISHED", permission: "contribution.decide", reasonRequired: true, email: "unpublished" },
  republish: { from: ["UNPUBLISHED"], to: "ACCEPTED", permission: "contribution.decide", reasonRequired: false, email: "republished" },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Can a contribution in `status` take transition `name`? */
export function canTransition(name: TransitionName, status: Status): boolean {
  return (TRANSITIONS[name].from as readonly Status[]).includes(status);
}

/** Transitions open from `status` (for showing the right buttons). */
export function transitionsFrom(status: Status): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((n) => canTransition(n, status));
}
