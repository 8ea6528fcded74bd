/**
 * Bulk triage on a selection of the queue: assign to a secretariat member (or remove the
 * assignment) and/or add free tags. Each item is checked and audited on its own (assignment
 * through assignContribution; tags in their own transaction with a contribution.tag audit event,
 * internal), so one refused item never blocks the others; one result per item, in order.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no contribution.review) | VALIDATION (nothing to
 *   do, or too many items) before any item is touched; per-item failures are reported, not thrown.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import { recordAudit } from "@/lib/services/audit";
import { assignContribution } from "./assign-contribution";
import { BULK_LIMIT, type BulkItemResult } from "./bulk-decide";

/**
 * Adds `tags` to one contribution (those it lacks, case-insensitively), audited with the tags
 * actually added. @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND.
 */
export async function addTags(actor: Actor, input: { contributionId: string; tags: string[] }, now = new Date()): Promise<string[]> {
  assertCan(actor, "contribution.review");
  if (!isId(input.contributionId)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const c = await tx.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: input.contributionId }] }, select: { id: true } });
    if (!c) throw new AppError("NOT_FOUND");
    // Lock the row: two concurrent additions must both land.
    const [{ tags }] = await tx.$queryRaw<{ tags: string[] }[]>`SELECT coalesce("tags", '{}') AS tags FROM "Contribution" WHERE "id" = ${c.id} FOR UPDATE`;
    const have = new Set(tags.map((t) => t.toLocaleLowerCase()));
    const added = input.tags.filter((t) => !have.has(t.toLocaleLowerCase()));
    if (!added.length) return [];
    await tx.contribution.update({ where: { id: c.id }, data: { tags: [...tags, ...added] } });
    await recordAudit(tx, { actorId: actor.userId, action: "contribution.tag", contributionId: c.id, data: { added }, at: now });
    return added;
  });
}

/** `assigneeId`: undefined leaves assignments alone, null removes them, an id assigns. */
export async function bulkTriage(actor: Actor, input: { assigneeId?: string | null; tags: string[]; items: string[] }): Promise<BulkItemResult[]> {
  assertCan(actor, "contribution.review");
  if (input.items.length > BULK_LIMIT) throw new AppError("VALIDATION", {}, { items: [`tooMany:${BULK_LIMIT}`] });
  if (input.assigneeId === undefined && input.tags.length === 0) throw new AppError("VALIDATION", {}, { tags: ["nothingToDo"] });
  const results: BulkItemResult[] = [];
  for (const contributionId of input.items) {
    try {
      if (input.assigneeId !== undefined) await assignContribution(actor, { contributionId, assigneeId: input.assigneeId });
      if (input.tags.length) await addTags(actor, { contributionId, tags: input.tags });
      results.push({ contributionId, reference: null, ok: true });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push({ contributionId, reference: null, ok: false, code: e.code, params: e.params });
    }
  }
  const visible = await db.contribution.findMany({ where: { AND: [queueWhereFor(actor), { id: { in: input.items.filter(isId) } }] }, select: { id: true, referenceNumber: true } });
  const references = new Map(visible.map((c) => [c.id, c.referenceNumber]));
  return results.map((r) => ({ ...r, reference: references.get(r.contributionId) ?? null }));
}
