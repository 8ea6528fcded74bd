/**
 * Withdraws a contribution before a decision (submitted, under review, changes requested or
 * resubmitted): WITHDRAWN, audited with the optional reason, confirmed by e-mail. A withdrawn
 * contribution is never published; its versions stay for the record.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND | FORBIDDEN | CONFLICT { status } | INVALID_TRANSITION { status }.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TWithdrawInput } from "@/lib/schemas/contribution";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { canTransition, type Status } from "@/lib/rules/transitions";
import { loadOwnContribution } from "./load-editable";

export async function withdrawContribution(actorIn: Actor, input: TWithdrawInput, now = new Date()): Promise<{ status: Status }> {
  const { actor, contribution: c } = await loadOwnContribution(actorIn, input.contributionId);
  const current = c.status as Status;
  if (current !== input.expectedStatus) throw new AppError("CONFLICT", { status: current });
  if (!canTransition("withdraw", current)) throw new AppError("INVALID_TRANSITION", { status: current });
  return db.$transaction(async (tx) => {
    const { count } = await tx.contribution.updateMany({ where: { id: c.id, status: current }, data: { status: "WITHDRAWN", decidedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", { status: (await db.contribution.findUnique({ where: { id: c.id } }))?.status ?? current });
    await recordAudit(tx, { actorId: actor.userId, action: "contribution.withdraw", contributionId: c.id, fromStatus: current, toStatus: "WITHDRAWN", reason: input.reason || null, at: now });
    await enqueueEmail(tx, { to: actor.email, locale: actor.locale, kind: "withdrawn", contributionId: c.id, params: { referenceNumber: c.referenceNumber ?? "", title: c.title } });
    return { status: "WITHDRAWN" as const };
  });
}
