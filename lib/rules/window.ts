/**
 * The consultation window: open from `opensAt` (inclusive) to `closesAt` (exclusive), both exact
 * instants; the time zone is only for showing them. A contribution's own window ends at its
 * effective deadline (the secretariat may have granted it more time). Enforced by the server on
 * every submission.
 */
import { AppError } from "@/lib/errors";

export interface Window {
  opensAt: Date;
  closesAt: Date;
  timeZone: string;
}

export function windowState(w: Window, now: Date): "upcoming" | "open" | "closed" {
  if (now < w.opensAt) return "upcoming";
  return now < w.closesAt ? "open" : "closed";
}

/** @throws AppError CONSULTATION_NOT_OPEN or CONSULTATION_CLOSED with the instant and time zone. */
export function assertWindowOpen(w: Window, now: Date): void {
  const state = windowState(w, now);
  if (state === "upcoming") throw new AppError("CONSULTATION_NOT_OPEN", { opensAt: w.opensAt.toISOString(), timeZone: w.timeZone });
  if (state === "closed") throw new AppError("CONSULTATION_CLOSED", { deadline: w.closesAt.toISOString(), timeZone: w.timeZone });
}

/** The consultation's closing instant, or the extension granted to one contribution when later. */
export function effectiveDeadline(closesAt: Date, extendedUntil: Date | null | undefined): Date {
  return extendedUntil && extendedUntil > closesAt ? extendedUntil : closesAt;
}

/** The window of one contribution (its effective deadline). */
export function contributionWindow(consultation: Window, extendedUntil: Date | null | undefined): Window {
  return { ...consultation, closesAt: effectiveDeadline(consultation.closesAt, extendedUntil) };
}
