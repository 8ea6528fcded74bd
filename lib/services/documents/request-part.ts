/**
 * The secretariat asks the organisation of a published document for a revision, an addendum or
 * a corrigendum: a REQUESTED part with the secretariat's note, audited and e-mailed to the
 * contribution's author in their language, in one transaction. At most one revision is open per
 * document (a unique index): two people asking at once, exactly one wins, the other gets CONFLICT.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | OWN_CASE | INVALID_TRANSITION (not
 *   published) | CHANGED_MEANWHILE (a revision is already open).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCan, assertNotOwn, type Actor } from "@/lib/auth/permissions";
import { queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { documentTakesParts } from "@/lib/rules/document-parts";
import type { TPartRequest } from "@/lib/schemas/document-part";
import { CONTRIBUTION_FOR_PART } from "./part-helpers";

export async function requestDocumentPart(actor: Actor, input: TPartRequest, now = new Date()): Promise<{ partId: string }> {
  assertCan(actor, "document.revise");
  const c = await db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: input.contributionId }] }, select: CONTRIBUTION_FOR_PART });
  if (!c) throw new AppError("NOT_FOUND");
  assertNotOwn(actor, { userId: c.createdById, organisationId: c.organisationId });
  if (!documentTakesParts(c.status)) throw new AppError("INVALID_TRANSITION", { status: c.status });
  try {
    return await db.$transaction(async (tx) => {
      // The document must still be published when the request is written.
      const still = await tx.contribution.count({ where: { id: c.id, status: c.status } });
      if (!still) throw new AppError("CHANGED_MEANWHILE");
      const part = await tx.documentPart.create({
        data: { contributionId: c.id, kind: input.kind, status: "REQUESTED", note: input.note, requestedById: actor.userId, createdAt: now },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.userId, action: "document.part.request", contributionId: c.id, reason: input.note, data: { partId: part.id, kind: input.kind }, at: now });
      await enqueueEmail(tx, {
        to: c.createdBy.email,
        locale: c.createdBy.locale,
        kind: "partRequested",
        contributionId: c.id,
        params: { kind: input.kind, documentNumber: c.documentNumber ?? "", title: c.title, reason: input.note },
      });
      return { partId: part.id };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CHANGED_MEANWHILE");
    throw e;
  }
}
