/**
 * A meeting's document list: the secretariat lists a published document for a meeting by its
 * document number, or takes it off. Only documents the actor may see as published can be listed
 * (meetingDocumentWhereFor); both changes are audited in their transaction.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | VALIDATION (unknown or unpublished
 * document number, already listed).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor, meetingDocumentWhereFor, PUBLISHED } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import type { TMeetingDocumentInput, TMeetingDocumentRemoval } from "@/lib/schemas/meeting";
import { recordAudit } from "@/lib/services/audit";

export async function addMeetingDocument(actor: Actor, input: TMeetingDocumentInput, now = new Date()): Promise<{ contributionId: string }> {
  assertCan(actor, "meeting.manage");
  const contribution = await db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), PUBLISHED, { documentNumber: input.documentNumber }] },
    select: { id: true },
  });
  if (!contribution) throw new AppError("VALIDATION", {}, { documentNumber: ["documentNotPublished"] });
  try {
    await db.$transaction(async (tx) => {
      const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, number: true } });
      if (!meeting) throw new AppError("NOT_FOUND");
      await tx.meetingDocument.create({ data: { meetingId: meeting.id, contributionId: contribution.id, addedById: actor.userId, addedAt: now } });
      await recordAudit(tx, { actorId: actor.userId, action: "meeting.document.add", contributionId: contribution.id, data: { meetingId: meeting.id, number: meeting.number }, at: now });
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("VALIDATION", {}, { documentNumber: ["alreadyListed"] });
    throw e;
  }
  return { contributionId: contribution.id };
}

export async function removeMeetingDocument(actor: Actor, input: TMeetingDocumentRemoval, now = new Date()): Promise<void> {
  assertCan(actor, "meeting.manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.meetingDocument.deleteMany({
      where: { AND: [meetingDocumentWhereFor(actor), { meetingId: input.meetingId, contributionId: input.contributionId }] },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { actorId: actor.userId, action: "meeting.document.remove", contributionId: input.contributionId, data: { meetingId: input.meetingId }, at: now });
  });
}
