/**
 * A person answers a focal point's invitation to join an organisation (issue 12 item 5):
 * accepting verifies the membership (the focal point vouched, the person consents), declining
 * removes it. Only the invited person answers, once; staff never join a delegation.
 * @throws AppError UNAUTHENTICATED | STAFF_NOT_DELEGATE | NOT_FOUND (not an open invitation to the actor).
 */
import "server-only";
import { db } from "@/lib/db";
import { isStaff, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";

export async function respondMembershipInvitation(actor: Actor, input: { membershipId: string; response: "accept" | "decline" }, now = new Date()): Promise<void> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (isStaff(actor)) throw new AppError("STAFF_NOT_DELEGATE");
  const open = { id: input.membershipId, userId: actor.userId, verifiedAt: null, invitedById: { not: null } };
  await db.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({ where: open, select: { id: true, organisationId: true } });
    if (!m) throw new AppError("NOT_FOUND");
    // The guard is in the WHERE: two answers at once, one wins, the other finds nothing.
    const { count } = input.response === "accept" ? await tx.membership.updateMany({ where: open, data: { verifiedAt: now } }) : await tx.membership.deleteMany({ where: open });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { actorId: actor.userId, action: input.response === "accept" ? "affiliation.accept" : "affiliation.decline", data: { membershipId: m.id, organisationId: m.organisationId }, at: now });
  });
}
