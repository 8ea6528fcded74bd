/**
 * Autosave: creates or updates the draft saved under a form's idempotency key. A draft may be
 * incomplete (every field may be empty) but is always within the limits; it is private to its
 * organisation's contributors and has no reference number.
 *
 * Saving a draft is allowed outside the consultation window (delegations prepare early and the
 * secretariat may extend a deadline); submission is where the window is enforced.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND (consultation, or a key of another
 *   organisation) | INVALID_TRANSITION { status } when the key's contribution is no longer a draft
 *   | VALIDATION (answer to another consultation's question, a proposal that cannot be stored).
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCanSubmitFor, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TDraftInput } from "@/lib/schemas/contribution";
import { checkedAnswers, contentColumns, createDraft, replaceAnswers } from "./content";
import { prepareProposals, replaceProposals } from "@/lib/services/proposals/write-proposals";
import { unscopedFindContributionByKey } from "./find-by-key";

export interface SavedDraft {
  id: string;
  savedAt: Date;
}

export async function saveDraft(actor: Actor, input: TDraftInput, now = new Date()): Promise<SavedDraft> {
  assertCanSubmitFor(actor, input.organisationId);
  const consultation = await db.consultation.findUnique({ where: { id: input.consultationId }, include: { guidingQuestions: { select: { id: true } } } });
  if (!consultation) throw new AppError("NOT_FOUND");
  const answers = checkedAnswers(input.answers, new Set(consultation.guidingQuestions.map((q) => q.id)));
  const proposals = await prepareProposals(input, { complete: false });

  const attempt = () =>
    db.$transaction(async (tx) => {
      const existing = await unscopedFindContributionByKey(input.idempotencyKey, tx);
      // The key names one draft, of one organisation, in one consultation: anything else is a forgery.
      if (existing && (existing.organisationId !== input.organisationId || existing.consultationId !== input.consultationId)) throw new AppError("NOT_FOUND");
      if (existing && existing.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", { status: existing.status });
      let id: string;
      if (existing) {
        const { count } = await tx.contribution.updateMany({ where: { id: existing.id, status: "DRAFT" }, data: { ...contentColumns(input, proposals.actionLines), type: input.type, updatedAt: now } });
        if (count === 0) throw new AppError("INVALID_TRANSITION", { status: "SUBMITTED" });
        id = existing.id;
      } else {
        id = await createDraft(tx, actor.userId, input, now, proposals.actionLines);
      }
      await replaceAnswers(tx, id, answers);
      await replaceProposals(tx, id, proposals);
      return { id, savedAt: now };
    });

  try {
    return await attempt();
  } catch (e) {
    // Two autosaves of a new form raced to create the draft: the second one updates it instead.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return attempt();
    throw e;
  }
}
