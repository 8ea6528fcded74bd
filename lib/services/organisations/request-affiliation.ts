/**
 * A signed-in person asks to act for an organisation: an existing verified one (as contributor),
 * or a new one they propose (created unverified; they become its focal point once the secretariat
 * verifies it). The membership stays unverified until the secretariat verifies it: until then the
 * person cannot submit on the organisation's behalf.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (organisation unknown or unverified)
 *   | CONFLICT { status: "PENDING" | "VERIFIED" } (already asked or already a member)
 *   | VALIDATION { "organisation.shortCode": ["shortCodeTaken"] }.
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TAffiliationRequest } from "@/lib/schemas/affiliation";
import { recordAudit } from "@/lib/services/audit";

export async function requestAffiliation(actor: Actor, input: TAffiliationRequest, now = new Date()): Promise<{ organisationId: string }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  try {
    return await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { name: input.personName } });
      let organisationId: string;
      if (input.kind === "existing") {
        const organisation = await tx.organisation.findFirst({ where: { id: input.organisationId, verified: true }, select: { id: true } });
        if (!organisation) throw new AppError("NOT_FOUND");
        organisationId = organisation.id;
        const existing = await tx.membership.findUnique({ where: { userId_organisationId: { userId: actor.userId, organisationId } } });
        if (existing) throw new AppError("CONFLICT", { status: existing.verifiedAt ? "VERIFIED" : "PENDING" });
        await tx.membership.create({ data: { userId: actor.userId, organisationId, role: "CONTRIBUTOR" } });
      } else {
        const created = await tx.organisation.create({ data: { ...input.organisation, verified: false }, select: { id: true } });
        organisationId = created.id;
        await tx.membership.create({ data: { userId: actor.userId, organisationId, role: "FOCAL_POINT" } });
      }
      await recordAudit(tx, { actorId: actor.userId, action: "affiliation.request", data: { organisationId, kind: input.kind }, at: now });
      return { organisationId };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("VALIDATION", {}, { "organisation.shortCode": ["shortCodeTaken"] });
    }
    throw e;
  }
}
