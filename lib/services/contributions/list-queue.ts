/**
 * The secretariat's triage queue: one page of contributions in the caller's scope, filtered (text
 * search included) and sorted with the id as a unique tiebreaker (stable pages). The WHERE and
 * ORDER BY come from queue-where.ts, which the exports use too.
 *
 * Two steps, so a deep page stays fast: the page's 25–100 ids (an index-only scan over the sort
 * column and id), then only those rows with their organisation and assignee.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view).
 */
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { TQueueQuery } from "@/lib/schemas/queue";
import { ageInDays, isOverdue } from "@/lib/schemas/due-date";
import { queueCount, queueIds, readQueueRows } from "./queue-where";
import { Prisma } from "@/generated/prisma/client";

export interface QueueRow {
  id: string;
  referenceNumber: string | null;
  title: string;
  language: string | null;
  status: string;
  organisationName: string;
  actionLines: string[];
  submittedAt: Date | null;
  assigneeName: string | null;
  /** Reference number of the contribution this one is marked a duplicate of (null: not marked). */
  duplicateOf: { id: string; referenceNumber: string | null } | null;
  /** Due day (UTC midnight) or null. */
  dueOn: Date | null;
  /** Whole days since submission. */
  ageDays: number | null;
  overdue: boolean;
  tags: string[];
}

export interface QueuePage {
  /** The page shown: the one asked for, or the last one when that was past the end. */
  page: number;
  rows: QueueRow[];
  total: number;
  pageCount: number;
  /** The instant this reading started (the URL's asof, or now): later pages carry it. */
  asOf: string;
}

const select = { id: true, referenceNumber: true, title: true, language: true, status: true, actionLines: true, submittedAt: true, organisation: { select: { name: true } }, assignee: { select: { name: true, email: true } }, duplicateOf: { select: { id: true, referenceNumber: true } }, dueOn: true, tags: true } as const;

export async function listQueue(actor: Actor, query: TQueueQuery, now = new Date()): Promise<QueuePage> {
  assertCan(actor, "queue.view");
  // One reading's pages hold still: without asof this reading starts now (taken before the query,
  // so nothing counted as "arrived since" was also shown).
  const q = { ...query, asof: query.asof ?? now.toISOString() };
  const [firstIds, total] = await Promise.all([queueIds(actor, q, { limit: q.size, offset: (q.page - 1) * q.size }), queueCount(actor, q)]);
  // A page past the end (an old link, a filter that now matches fewer): show the last page rather
  // than "Page 1 of 1" above "No contribution matches" (issue 12 item 13).
  const pageCount = Math.max(1, Math.ceil(total / q.size));
  const page = Math.min(q.page, pageCount);
  const ids = page === q.page ? firstIds : await queueIds(actor, q, { limit: q.size, offset: (page - 1) * q.size });
  const rows = await readQueueRows(actor, ids.map((r) => r.id), select);
  return {
    page,
    rows: rows.map(({ organisation, assignee, ...r }) => ({ ...r, ageDays: ageInDays(r.submittedAt, now), overdue: isOverdue(r, now), organisationName: organisation.name, assigneeName: assignee ? (assignee.name ?? assignee.email) : null })),
    total,
    pageCount,
    asOf: q.asof,
  };
}

/** How many contributions matching the queue's filters arrived after `q.asof` (0 without one). */
export async function countArrivedSince(actor: Actor, q: Partial<TQueueQuery>): Promise<number> {
  assertCan(actor, "queue.view");
  if (!q.asof) return 0;
  return queueCount(actor, { ...q, asof: undefined }, Prisma.sql`c."submittedAt" > (${q.asof}::timestamptz AT TIME ZONE 'UTC')`);
}
