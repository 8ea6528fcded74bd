/**
 * Submits a contribution on behalf of an organisation, in one transaction:
 * content (new row, or the draft saved under the same form key) → reference number → version 1 →
 * audit events → receipt e-mail in the outbox.
 *
 * Exactly once: the form's idempotency key is unique in the database; a replay (double click,
 * retried request) returns the contribution the first call submitted, with no second number,
 * version or e-mail.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (not a verified member of the organisation)
 *   | NOT_FOUND (consultation, or a key that belongs to someone else) | CONSULTATION_NOT_OPEN
 *   | CONSULTATION_CLOSED | TYPE_NOT_ALLOWED | VALIDATION (answer to another consultation's question,
 *   a revision proposal against its baseline: lib/services/proposals/write-proposals.ts).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCanSubmitFor, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { assertWindowOpen } from "@/lib/rules/window";
import { contributionWindow } from "@/lib/rules/window";
import { DRAFT_STATUS } from "@/lib/rules/statuses";
import { checkedAnswers, contentColumns, createDraft, replaceAnswers, snapshotVersion } from "./content";
import { nextReferenceNumber } from "./numbering";
import { unscopedFindContributionByKey } from "./find-by-key";
import { numberProposals, prepareProposals, replaceProposals } from "@/lib/services/proposals/write-proposals";

export interface SubmittedContribution {
  id: string;
  referenceNumber: string;
}

type Existing = { id: string; status: string; referenceNumber: string | null; createdById: string; organisationId: string; consultationId: string; extendedUntil: Date | null };

async function findByKey(key: string, actor: Extract<Actor, { kind: "user" }>): Promise<Existing | null> {
  const found = await unscopedFindContributionByKey(key);
  if (!found) return null;
  // A key is a claim by the client: another organisation's key reveals nothing.
  const sameOrganisation = actor.memberships.some((m) => m.verified && m.organisationId === found.organisationId);
  if (!sameOrganisation) throw new AppError("NOT_FOUND");
  return found;
}

export async function submitContribution(actor: Actor, input: TContributionInput, now = new Date()): Promise<SubmittedContribution> {
  assertCanSubmitFor(actor, input.organisationId);
  const existing = await findByKey(input.idempotencyKey, actor);
  if (existing?.referenceNumber && existing.status !== DRAFT_STATUS) return { id: existing.id, referenceNumber: existing.referenceNumber };
  // A draft stays in its organisation and its consultation (whose window and numbering apply).
  if (existing && (existing.organisationId !== input.organisationId || existing.consultationId !== input.consultationId)) throw new AppError("NOT_FOUND");

  const consultation = await db.consultation.findUnique({ where: { id: input.consultationId }, include: { guidingQuestions: { select: { id: true } } } });
  if (!consultation) throw new AppError("NOT_FOUND");
  // A draft the secretariat gave more time follows its own, later deadline.
  assertWindowOpen(contributionWindow(consultation, existing?.extendedUntil), now);
  if (!consultation.allowedTypes.includes(input.type)) throw new AppError("TYPE_NOT_ALLOWED");
  const answers = checkedAnswers(input.answers, new Set(consultation.guidingQuestions.map((q) => q.id)));
  const proposals = await prepareProposals(input, { complete: true });

  try {
    return await db.$transaction(async (tx) => {
      let id: string;
      if (existing) {
        // The draft saved under this form: it must still be a draft (a concurrent submit may have won).
        const { count } = await tx.contribution.updateMany({ where: { id: existing.id, status: "DRAFT" }, data: { ...contentColumns(input, proposals.actionLines), type: input.type } });
        if (count === 0) throw new AppError("CONFLICT", { status: (await tx.contribution.findUnique({ where: { id: existing.id } }))?.status ?? "" });
        id = existing.id;
      } else {
        id = await createDraft(tx, actor.userId, input, now, proposals.actionLines);
      }
      await replaceAnswers(tx, id, answers);
      await replaceProposals(tx, id, proposals);
      const referenceNumber = await nextReferenceNumber(tx, consultation.code);
      await tx.contribution.update({ where: { id }, data: { status: "SUBMITTED", referenceNumber, submittedAt: now } });
      await numberProposals(tx, id);
      await snapshotVersion(tx, id, actor.userId);
      await recordAudit(tx, { actorId: actor.userId, action: "contribution.submit", contributionId: id, fromStatus: "DRAFT", toStatus: "SUBMITTED", data: { referenceNumber, version: 1 }, at: now });
      await enqueueEmail(tx, { to: actor.email, locale: actor.locale, kind: "receipt", contributionId: id, params: { referenceNumber, title: input.title } });
      return { id, referenceNumber };
    });
  } catch (e) {
    // Two identical requests raced: the loser finds the winner's submission.
    const raced = (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") || (e instanceof AppError && e.code === "CONFLICT");
    if (raced) {
      const winner = await findByKey(input.idempotencyKey, actor);
      if (winner?.referenceNumber && winner.status !== DRAFT_STATUS) return { id: winner.id, referenceNumber: winner.referenceNumber };
    }
    throw e;
  }
}
