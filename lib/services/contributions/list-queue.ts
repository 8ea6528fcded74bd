/**
 * The secretariat's triage queue: one page of contributions in the caller's scope, filtered by
 * status and sorted with the id as a unique tiebreaker (stable pages). The WHERE and ORDER BY come
 * from queue-where.ts, which the exports use too.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view).
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { TQueueQuery } from "@/lib/schemas/queue";
import { queueOrderBy, queueWhere } from "./queue-where";

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
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  pageCount: number;
}

export async function listQueue(actor: Actor, q: TQueueQuery): Promise<QueuePage> {
  assertCan(actor, "queue.view");
  const where: Prisma.ContributionWhereInput = queueWhere(actor, q);
  const orderBy = queueOrderBy(q);
  const [rows, total] = await Promise.all([
    db.contribution.findMany({
      where,
      orderBy,
      skip: (q.page - 1) * q.size,
      take: q.size,
      select: { id: true, referenceNumber: true, title: true, language: true, status: true, actionLines: true, submittedAt: true, organisation: { select: { name: true } }, assignee: { select: { name: true, email: true } } },
    }),
    db.contribution.count({ where }),
  ]);
  return {
    rows: rows.map(({ organisation, assignee, ...r }) => ({ ...r, organisationName: organisation.name, assigneeName: assignee ? (assignee.name ?? assignee.email) : null })),
    total,
    pageCount: Math.max(1, Math.ceil(total / q.size)),
  };
}
