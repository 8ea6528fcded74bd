/**
 * The secretariat verifies or rejects a pending affiliation. Verifying the first member of a
 * proposed organisation verifies the organisation too. The person is told by e-mail, in their
 * language. Guarded: a membership verified or removed meanwhile gives CONFLICT.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | OWN_CASE (one's own request) | CONFLICT
 *   | VALIDATION (rejection without reason).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, assertNotOwn, type Actor } from "@/lib/auth/permissions";
import { membershipWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";

export async function verifyAffiliation(actor: Actor, input: { membershipId: string; decision: "verify" | "reject"; reason?: string }, now = new Date()) {
  assertCan(actor, "affiliation.verify");
  const m = await db.membership.findFirst({ where: { AND: [membershipWhereFor(actor), { id: input.membershipId, invitedById: null }] }, include: { organisation: true, user: { select: { email: true, locale: true } } } });
  if (!m) throw new AppError("NOT_FOUND");
  assertNotOwn(actor, { userId: m.userId });
  if (m.verifiedAt) throw new AppError("CONFLICT", { status: "VERIFIED" });
  if (input.decision === "reject" && !input.reason) throw new AppError("VALIDATION", {}, { reason: ["required"] });
  return db.$transaction(async (tx) => {
    if (input.decision === "verify") {
      const { count } = await tx.membership.updateMany({ where: { id: m.id, verifiedAt: null }, data: { verifiedAt: now } });
      if (count === 0) throw new AppError("CONFLICT", { status: "VERIFIED" });
      if (!m.organisation.verified) await tx.organisation.update({ where: { id: m.organisationId }, data: { verified: true } });
    } else {
      const { count } = await tx.membership.deleteMany({ where: { id: m.id, verifiedAt: null } });
      if (count === 0) throw new AppError("CONFLICT", { status: "VERIFIED" });
      // A proposed organisation nobody else belongs to goes with its only request.
      if (!m.organisation.verified && (await tx.membership.count({ where: { organisationId: m.organisationId } })) === 0) {
        await tx.organisation.delete({ where: { id: m.organisationId } });
      }
    }
    await recordAudit(tx, { actorId: actor.userId, action: `affiliation.${input.decision}`, reason: input.reason || null, data: { membershipId: m.id, organisationId: m.organisationId, organisation: m.organisation.name }, at: now });
    await enqueueEmail(tx, {
      to: m.user.email,
      locale: m.user.locale,
      kind: input.decision === "verify" ? "affiliationVerified" : "affiliationRejected",
      params: { organisation: m.organisation.name, reason: input.reason ?? "" },
    });
    return { decision: input.decision };
  });
}
