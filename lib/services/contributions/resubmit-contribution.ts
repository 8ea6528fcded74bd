/**
 * Resubmits a contribution after the secretariat requested changes, in one transaction:
 * new content → RESUBMITTED (guarded by the expected status) → next version → audit → e-mail.
 * Allowed after the consultation's deadline: the secretariat asked for the change.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND | FORBIDDEN | CONFLICT { status } (changed
 *   meanwhile) | INVALID_TRANSITION { status } | VALIDATION.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TResubmitInput } from "@/lib/schemas/contribution";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { canTransition, type Status } from "@/lib/rules/transitions";
import { checkedAnswers, contentColumns, replaceAnswers, snapshotVersion } from "./content";
import { loadOwnContribution } from "./load-editable";
import { numberProposals, prepareProposals, replaceProposals } from "@/lib/services/proposals/write-proposals";

export async function resubmitContribution(actorIn: Actor, input: TResubmitInput, now = new Date()): Promise<{ id: string; version: number }> {
  const { actor, contribution: c } = await loadOwnContribution(actorIn, input.contributionId);
  const current = c.status as Status;
  if (current !== input.expectedStatus) throw new AppError("CONFLICT", { status: current });
  if (!canTransition("resubmit", current)) throw new AppError("INVALID_TRANSITION", { status: current });
  const answers = checkedAnswers(input.answers, new Set(c.consultation.guidingQuestions.map((q) => q.id)));
  if (input.type !== c.type) throw new AppError("VALIDATION", {}, { type: ["typeFixedAfterSubmission"] });
  const proposals = await prepareProposals(input, { complete: true });
  return db.$transaction(async (tx) => {
    const { count } = await tx.contribution.updateMany({
      where: { id: c.id, status: current },
      data: { ...contentColumns(input, proposals.actionLines), status: "RESUBMITTED", submittedAt: now, decisionNote: null },
    });
    if (count === 0) throw new AppError("CONFLICT", { status: (await db.contribution.findUnique({ where: { id: c.id } }))?.status ?? current });
    await replaceAnswers(tx, c.id, answers);
    await replaceProposals(tx, c.id, proposals);
    await numberProposals(tx, c.id);
    const version = await snapshotVersion(tx, c.id, actor.userId);
    await recordAudit(tx, { actorId: actor.userId, action: "contribution.resubmit", contributionId: c.id, fromStatus: current, toStatus: "RESUBMITTED", data: { version }, at: now });
    await enqueueEmail(tx, { to: actor.email, locale: actor.locale, kind: "resubmitted", contributionId: c.id, params: { referenceNumber: c.referenceNumber ?? "", title: input.title, version } });
    return { id: c.id, version };
  });
}
