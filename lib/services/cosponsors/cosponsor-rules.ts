/**
 * When the co-sponsor list of a contribution may change: until the consultation's deadline, and
 * while no decision closed the contribution (the list locks at the deadline, product brief).
 * The refusal speaks of co-sponsorship (COSPONSORS_CLOSED), not of contributions: the focal point
 * answering an invitation is not submitting anything (issue 15 item 9).
 * @throws AppError COSPONSORS_CLOSED { deadline, timeZone } | INVALID_TRANSITION { status }.
 */
import { AppError, type ErrorCode, type ErrorParams } from "@/lib/errors";

const CLOSED = ["ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN"];

type Lockable = { status: string; consultation: { closesAt: Date; timeZone: string } };

/** Why the co-sponsor list of `c` can no longer change at `now`, or null while it can. */
export function coSponsorsClosed(c: Lockable, now: Date): { code: ErrorCode; params: ErrorParams } | null {
  if (CLOSED.includes(c.status)) return { code: "INVALID_TRANSITION", params: { status: c.status } };
  if (now >= c.consultation.closesAt) return { code: "COSPONSORS_CLOSED", params: { deadline: c.consultation.closesAt.toISOString(), timeZone: c.consultation.timeZone } };
  return null;
}

export function assertCoSponsorsOpen(c: Lockable, now: Date): void {
  const closed = coSponsorsClosed(c, now);
  if (closed) throw new AppError(closed.code, closed.params);
}

/** Absolute link to a page of the portal, for e-mails. */
export function portalLink(locale: string, path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}/${locale}${path}`;
}
