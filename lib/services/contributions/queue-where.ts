/**
 * The secretariat queue's query, built once: the WHERE and ORDER BY that the queue page
 * (list-queue.ts) and every export (lib/services/exports) share, so an export can never be a
 * copy of the list that forgot a filter (docs: /work/shared/design/conventions.md, "What to avoid" 5).
 */
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import type { TQueueQuery } from "@/lib/schemas/queue";

/** The URL filters of the queue, without paging: what an export takes. */
export type QueueFilter = Pick<TQueueQuery, "status" | "sort" | "dir">;

/**
 * Contributions in the queue for `actor` under the URL filters of `q`:
 * `contributionWhereFor(actor)` AND not a draft AND the status filter.
 * "Not a draft" is repeated here because the scope is an OR: a secretariat member who is also a
 * verified member of an organisation would otherwise see that organisation's drafts in the queue.
 * Does not authorise: callers assertCan(actor, "queue.view") first.
 */
export function queueWhere(actor: Actor, q: Pick<QueueFilter, "status">): Prisma.ContributionWhereInput {
  return { AND: [contributionWhereFor(actor), { status: { not: "DRAFT" } }, q.status ? { status: q.status } : {}] };
}

/** The queue's order: the chosen column, then the id as a unique tiebreaker (stable pages, keyset). */
export function queueOrderBy(q: Pick<QueueFilter, "sort" | "dir">): Prisma.ContributionOrderByWithRelationInput[] {
  return [{ [q.sort]: q.dir }, { id: q.dir }];
}
