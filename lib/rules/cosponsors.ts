/**
 * Co-sponsorship rules.
 * - Invitations only after submission (issue 12): a draft is private to its organisation, and an
 *   invitation shares the contribution with the invited organisation's focal points.
 * - The list may change until the consultation's deadline, and while no decision closed the
 *   contribution (it locks at the deadline, product brief).
 * - An invitation shares the contribution while it stands (invited or confirmed).
 */
import { AppError } from "@/lib/errors";
import { ACTIVE_COSPONSOR_STATUSES, CLOSED_STATUSES, DRAFT_STATUS, isIn, type CoSponsorStatus } from "./statuses";

interface Lockable {
  status: string;
  consultation: { closesAt: Date; timeZone: string };
}

/** Why the co-sponsor list of `c` cannot change now (null: it can). */
export function coSponsorLock(c: Lockable, now: Date): AppError | null {
  if (isIn(CLOSED_STATUSES, c.status)) return new AppError("INVALID_TRANSITION", { status: c.status });
  if (now >= c.consultation.closesAt) return new AppError("CONSULTATION_CLOSED", { deadline: c.consultation.closesAt.toISOString(), timeZone: c.consultation.timeZone });
  return null;
}

export const coSponsorsOpen = (c: Lockable, now: Date): boolean => coSponsorLock(c, now) === null;

/** @throws AppError CONSULTATION_CLOSED { deadline, timeZone } | INVALID_TRANSITION { status }. */
export function assertCoSponsorsOpen(c: Lockable, now: Date): void {
  const lock = coSponsorLock(c, now);
  if (lock) throw lock;
}

/** Whether co-sponsors may be invited to `c` now: submitted (never a draft) and the list open. */
export const canInviteTo = (c: Lockable, now: Date): boolean => c.status !== DRAFT_STATUS && coSponsorsOpen(c, now);

/**
 * @throws AppError COSPONSOR_NOT_SUBMITTED (a draft) | CONSULTATION_CLOSED | INVALID_TRANSITION.
 */
export function assertCanInviteTo(c: Lockable, now: Date): void {
  if (c.status === DRAFT_STATUS) throw new AppError("COSPONSOR_NOT_SUBMITTED");
  assertCoSponsorsOpen(c, now);
}

/** Whether an invitation in `status` still shares the contribution (and can be withdrawn). */
export const isActiveInvitation = (status: string): boolean => isIn(ACTIVE_COSPONSOR_STATUSES, status);

/** The statuses the lead organisation's own moves lead to (invite, withdraw), confirmed on its page. */
export const LEAD_MOVE_OUTCOMES = ["INVITED", "WITHDRAWN"] as const satisfies readonly CoSponsorStatus[];
