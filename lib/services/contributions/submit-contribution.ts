/**
 * Creates a contribution on behalf of an organisation and submits it, in one transaction:
 * row + answers → reference number → audit events → receipt e-mail in the outbox.
 *
 * Exactly once: the input's idempotency key is unique in the database; a replay (double click,
 * retried request) returns the contribution the first call created, with no second number or
 * e-mail.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (not a verified member of the organisation)
 *   | NOT_FOUND (consultation) | CONSULTATION_NOT_OPEN | CONSULTATION_CLOSED | TYPE_NOT_ALLOWED
 *   | VALIDATION (answer to a question of another consultation).
 */
import { db, Prisma } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { assertWindowOpen } from "@/lib/services/consultations/window";
import { nextReferenceNumber } from "./numbering";

export interface SubmittedContribution {
  id: string;
  referenceNumber: string;
}

async function replayOf(key: string, userId: string): Promise<SubmittedContribution | null> {
  const found = await db.contribution.findUnique({ where: { idempotencyKey: key }, select: { id: true, referenceNumber: true, createdById: true } });
  if (!found) return null;
  // A key is a claim by the client: someone else's key reveals nothing.
  if (found.createdById !== userId || !found.referenceNumber) throw new AppError("NOT_FOUND");
  return { id: found.id, referenceNumber: found.referenceNumber };
}

export async function submitContribution(actor: Actor, input: TContributionInput, now = new Date()): Promise<SubmittedContribution> {
  assertCan(actor, "contribution.create", { organisationId: input.organisationId });
  const replay = await replayOf(input.idempotencyKey, actor.userId);
  if (replay) return replay;

  const consultation = await db.consultation.findUnique({ where: { id: input.consultationId }, include: { guidingQuestions: { select: { id: true } } } });
  if (!consultation) throw new AppError("NOT_FOUND");
  assertWindowOpen(consultation, now);
  if (!consultation.allowedTypes.includes(input.type)) throw new AppError("TYPE_NOT_ALLOWED");
  const questionIds = new Set(consultation.guidingQuestions.map((q) => q.id));
  const answers = input.answers.filter((a) => a.text.length > 0);
  if (answers.some((a) => !questionIds.has(a.questionId))) throw new AppError("VALIDATION", {}, { answers: ["unknownQuestion"] });

  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.contribution.create({
        data: {
          consultationId: consultation.id,
          organisationId: input.organisationId,
          createdById: actor.userId,
          type: input.type,
          status: "DRAFT",
          title: input.title,
          summary: input.summary,
          body: input.body,
          language: input.language,
          actionLines: input.actionLines,
          sdgs: [...input.sdgs].sort((a, b) => a - b),
          idempotencyKey: input.idempotencyKey,
          answers: { create: answers.map((a) => ({ questionId: a.questionId, text: a.text })) },
        },
        select: { id: true },
      });
      const referenceNumber = await nextReferenceNumber(tx, consultation.code);
      await tx.contribution.update({ where: { id: created.id }, data: { status: "SUBMITTED", referenceNumber, submittedAt: now } });
      await recordAudit(tx, { actorId: actor.userId, action: "contribution.create", contributionId: created.id, toStatus: "DRAFT", at: now });
      await recordAudit(tx, { actorId: actor.userId, action: "contribution.submit", contributionId: created.id, fromStatus: "DRAFT", toStatus: "SUBMITTED", data: { referenceNumber }, at: now });
      await enqueueEmail(tx, {
        to: actor.email,
        locale: actor.locale,
        kind: "receipt",
        contributionId: created.id,
        params: { referenceNumber, title: input.title },
      });
      return { id: created.id, referenceNumber };
    });
  } catch (e) {
    // Two identical requests raced: the loser finds the winner's contribution.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const winner = await replayOf(input.idempotencyKey, actor.userId);
      if (winner) return winner;
    }
    throw e;
  }
}
