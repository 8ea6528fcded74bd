/**
 * The organisation of a published document submits the text of a revision, addendum or
 * corrigendum: either the answer to the secretariat's request (REQUESTED → SUBMITTED, guarded by
 * that status in the WHERE) or a part it asks for on its own (a new SUBMITTED part). Audited in
 * the same transaction; the secretariat decides it as it decides contributions.
 * @throws AppError UNAUTHENTICATED | STAFF_NOT_DELEGATE | NOT_AFFILIATED | NOT_FOUND |
 *   INVALID_TRANSITION (document not published) | CHANGED_MEANWHILE (the request was answered, or
 *   a revision is already open).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCanSubmitFor, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { documentTakesParts } from "@/lib/rules/document-parts";
import type { TPartSubmission } from "@/lib/schemas/document-part";
import { CONTRIBUTION_FOR_PART } from "./part-helpers";

export async function submitDocumentPart(actor: Actor, input: TPartSubmission, now = new Date()): Promise<{ partId: string }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  const c = await db.contribution.findFirst({ where: { AND: [contributionWhereFor(actor), { id: input.contributionId }] }, select: CONTRIBUTION_FOR_PART });
  if (!c) throw new AppError("NOT_FOUND");
  assertCanSubmitFor(actor, c.organisationId);
  if (!documentTakesParts(c.status)) throw new AppError("INVALID_TRANSITION", { status: c.status });
  const text = { title: input.title, summary: input.summary, body: input.body, submittedById: actor.userId, submittedAt: now };
  try {
    return await db.$transaction(async (tx) => {
      let partId: string;
      if (input.partId) {
        const { count } = await tx.documentPart.updateMany({ where: { id: input.partId, contributionId: c.id, kind: input.kind, status: "REQUESTED" }, data: { ...text, status: "SUBMITTED" } });
        if (count === 0) {
          const exists = await tx.documentPart.count({ where: { id: input.partId, contributionId: c.id } });
          throw new AppError(exists ? "CHANGED_MEANWHILE" : "NOT_FOUND");
        }
        partId = input.partId;
      } else {
        partId = (await tx.documentPart.create({ data: { ...text, contributionId: c.id, kind: input.kind, status: "SUBMITTED", requestedById: actor.userId, createdAt: now }, select: { id: true } })).id;
      }
      await recordAudit(tx, { actorId: actor.userId, action: "document.part.submit", contributionId: c.id, data: { partId, kind: input.kind }, at: now });
      return { partId };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CHANGED_MEANWHILE");
    throw e;
  }
}
