/**
 * Due dates in triage: the day (UTC calendar day, "YYYY-MM-DD") by which the secretariat means to
 * decide a contribution, set or cleared (null) by a secretariat member, audited
 * (contribution.setDueDate, data { from, to }). Overdue: the day has passed and the contribution
 * still waits for the secretariat (OVERDUE_STATUSES).
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no contribution.review) | NOT_FOUND | VALIDATION (not a real day).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { dayOf, isDay } from "@/lib/schemas/due-date";

export { OVERDUE_STATUSES } from "@/lib/schemas/due-date";

export async function setDueDate(actor: Actor, input: { contributionId: string; dueOn: string | null }, now = new Date()) {
  assertCan(actor, "contribution.review");
  if (input.dueOn !== null && !isDay(input.dueOn)) throw new AppError("VALIDATION", {}, { dueOn: ["invalid"] });
  const c = await db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: input.contributionId }] }, select: { id: true, dueOn: true } });
  if (!c) throw new AppError("NOT_FOUND");
  const from = c.dueOn ? dayOf(c.dueOn) : null;
  if (from === input.dueOn) return;
  await db.$transaction(async (tx) => {
    await tx.contribution.update({ where: { id: c.id }, data: { dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null } });
    await recordAudit(tx, { actorId: actor.userId, action: "contribution.setDueDate", contributionId: c.id, data: { from, to: input.dueOn }, at: now });
  });
}
