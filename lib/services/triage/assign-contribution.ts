/**
 * Assigns a contribution to a secretariat member (or removes the assignment), audited.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND (contribution not visible, or the
 *   assignee is not secretariat or admin).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";

export async function assignContribution(actor: Actor, input: { contributionId: string; assigneeId: string | null }, now = new Date()) {
  assertCan(actor, "contribution.review");
  const c = await db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: input.contributionId }] }, select: { id: true, assigneeId: true } });
  if (!c) throw new AppError("NOT_FOUND");
  if (input.assigneeId) {
    const assignee = await db.user.findFirst({ where: { id: input.assigneeId, role: { in: ["SECRETARIAT", "ADMIN"] } }, select: { id: true } });
    if (!assignee) throw new AppError("NOT_FOUND");
  }
  await db.$transaction(async (tx) => {
    await tx.contribution.update({ where: { id: c.id }, data: { assigneeId: input.assigneeId } });
    await recordAudit(tx, { actorId: actor.userId, action: "contribution.assign", contributionId: c.id, data: { from: c.assigneeId, to: input.assigneeId }, at: now });
  });
}

/** Secretariat members and admins, for the assignment choice. */
export async function listAssignees(actor: Actor) {
  assertCan(actor, "contribution.review");
  return db.user.findMany({ where: { role: { in: ["SECRETARIAT", "ADMIN"] } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } });
}
