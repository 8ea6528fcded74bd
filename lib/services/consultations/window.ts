/**
 * The consultation window: open from `opensAt` (inclusive) to `closesAt` (exclusive), both exact
 * instants; the time zone is only for showing them. Enforced by the server on every submission.
 * @throws AppError CONSULTATION_NOT_OPEN or CONSULTATION_CLOSED with the instant and time zone.
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

export function assertWindowOpen(w: Window, now: Date): void {
  const state = windowState(w, now);
  if (state === "upcoming") throw new AppError("CONSULTATION_NOT_OPEN", { opensAt: w.opensAt.toISOString(), timeZone: w.timeZone });
  if (state === "closed") throw new AppError("CONSULTATION_CLOSED", { deadline: w.closesAt.toISOString(), timeZone: w.timeZone });
}
