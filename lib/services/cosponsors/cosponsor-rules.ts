/**
 * When the co-sponsor list of a contribution may change: until the consultation's deadline, and
 * while no decision closed the contribution (the list locks at the deadline, product brief).
 * @throws AppError CONSULTATION_CLOSED { deadline, timeZone } | INVALID_TRANSITION { status }.
 */
import { AppError } from "@/lib/errors";

const CLOSED = ["ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN"];

export function assertCoSponsorsOpen(c: { status: string; consultation: { closesAt: Date; timeZone: string } }, now: Date): void {
  if (CLOSED.includes(c.status)) throw new AppError("INVALID_TRANSITION", { status: c.status });
  if (now >= c.consultation.closesAt) throw new AppError("CONSULTATION_CLOSED", { deadline: c.consultation.closesAt.toISOString(), timeZone: c.consultation.timeZone });
}

/** Absolute link to a page of the portal, for e-mails. */
export function portalLink(locale: string, path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}/${locale}${path}`;
}
