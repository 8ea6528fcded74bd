/**
 * Effective deadline of one contribution: the consultation's closing instant, or the extension
 * the secretariat granted for that contribution when it is later. Instants are compared as such;
 * the consultation's time zone is only for showing and entering them.
 */
import { TZDate } from "@date-fns/tz";
import type { Window } from "./window";

export function effectiveDeadline(closesAt: Date, extendedUntil: Date | null | undefined): Date {
  return extendedUntil && extendedUntil > closesAt ? extendedUntil : closesAt;
}

/** The window of one contribution (its effective deadline). */
export function contributionWindow(consultation: Window, extendedUntil: Date | null | undefined): Window {
  return { ...consultation, closesAt: effectiveDeadline(consultation.closesAt, extendedUntil) };
}

/**
 * Reads a wall-clock date and time typed in `timeZone` (an <input type="datetime-local"> value,
 * "2027-04-15T23:59") as an instant, with @date-fns/tz (DST-aware).
 * @returns null when the value is not a complete local date-time.
 */
export function instantFromLocal(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const date = new TZDate(y, mo - 1, d, h, mi, 0, 0, timeZone);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime());
}
