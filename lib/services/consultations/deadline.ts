/**
 * Deadlines typed by the secretariat: a wall-clock time in the consultation's zone read as an
 * instant. (The effective deadline of a contribution is a rule: lib/rules/window.ts.)
 */
import { TZDate } from "@date-fns/tz";

/**
 * Reads a wall-clock date and time typed in `timeZone` (an <input type="datetime-local"> value,
 * "2027-04-15T23:59") as an instant, with @date-fns/tz (DST-aware).
 * Seconds are optional. A wall-clock time skipped by a daylight-saving change resolves as
 * @date-fns/tz resolves it (forward).
 * @returns null when the value is not a date-time that exists (e.g. 2027-02-30), or the zone is unknown.
 */
export function instantFromLocal(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s = 0] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  let date: TZDate;
  try {
    date = new TZDate(y, mo - 1, d, h, mi, s, 0, timeZone);
  } catch {
    return null; // unknown time zone
  }
  // Day 31 of a 30-day month rolls over: only dates that exist are accepted.
  if (Number.isNaN(date.getTime()) || date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  return new Date(date.getTime());
}

/** The inverse of instantFromLocal: an instant as the wall-clock value of a datetime-local input in `timeZone`. */
export function localFromInstant(d: Date, timeZone: string): string {
  const z = new TZDate(d.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}
