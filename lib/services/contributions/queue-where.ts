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
export type QueueFilter = Omit<TQueueQuery, "page" | "size">;

/**
 * Contributions in the queue for `actor` under the URL filters of `q`:
 * `contributionWhereFor(actor)` AND not a draft AND the status filter.
 * "Not a draft" is repeated here because the scope is an OR: a secretariat member who is also a
 * verified member of an organisation would otherwise see that organisation's drafts in the queue.
 * Does not authorise: callers assertCan(actor, "queue.view") first.
 */
export function queueWhere(actor: Actor, q: Partial<QueueFilter>): Prisma.ContributionWhereInput {
  const filters: Prisma.ContributionWhereInput[] = [];
  if (q.status) filters.push({ status: q.status });
  if (q.type) filters.push({ type: q.type });
  if (q.al) filters.push({ actionLines: { has: q.al } });
  if (q.sdg) filters.push({ sdgs: { has: q.sdg } });
  if (q.lang) filters.push({ language: q.lang });
  if (q.group) filters.push({ organisation: { stakeholderGroup: q.group } });
  if (q.cat) filters.push({ organisation: { membershipCategory: q.cat } });
  if (q.region) filters.push({ organisation: { ituRegion: q.region } });
  if (q.country) filters.push({ organisation: { country: q.country } });
  // Whole UTC days, both ends included.
  if (q.from) filters.push({ submittedAt: { gte: new Date(`${q.from}T00:00:00.000Z`) } });
  if (q.to) filters.push({ submittedAt: { lt: new Date(new Date(`${q.to}T00:00:00.000Z`).getTime() + 86_400_000) } });
  if (q.attachments === "yes") filters.push({ attachments: { some: {} } });
  if (q.attachments === "no") filters.push({ attachments: { none: {} } });
  if (q.assignee === "me") filters.push({ assigneeId: actor.kind === "user" ? actor.userId : "-" });
  if (q.assignee === "none") filters.push({ assigneeId: null });
  return { AND: [contributionWhereFor(actor), { status: { not: "DRAFT" } }, ...filters] };
}

/** The queue's order: the chosen column, then the id as a unique tiebreaker (stable pages, keyset). */
export function queueOrderBy(q: Pick<QueueFilter, "sort" | "dir">): Prisma.ContributionOrderByWithRelationInput[] {
  return [{ [q.sort]: q.dir }, { id: q.dir }];
}
