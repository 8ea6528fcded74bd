/**
 * Due days and ageing of contributions in the secretariat's queue, pure (no database): shared by
 * the triage service, the queue and its table.
 */

import { AWAITING_SECRETARIAT } from "@/lib/rules/statuses";

/** Statuses in which a contribution waits for the secretariat: only these can be overdue. */
export const OVERDUE_STATUSES = AWAITING_SECRETARIAT;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The UTC day (YYYY-MM-DD) of a date. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Whole days from `submittedAt` to `now` (0 on the day itself); null before submission. */
export function ageInDays(submittedAt: Date | null, now: Date): number | null {
  return submittedAt ? Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 86_400_000)) : null;
}

/** Past its due day (UTC) and still waiting for the secretariat. */
export function isOverdue(row: { dueOn: Date | null; status: string }, now: Date): boolean {
  return !!row.dueOn && dayOf(row.dueOn) < dayOf(now) && (OVERDUE_STATUSES as readonly string[]).includes(row.status);
}
