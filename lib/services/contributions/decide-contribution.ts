/**
 * Applies a secretariat decision (start review, accept, reject, request changes) to one
 * contribution, in one transaction: status change guarded by the expected current status →
 * document number (on accept) → audit event → e-mail to the contributor in their language.
 * A rejection or change request needs a reason code or a text (or both); the code is kept in the
 * audit event's data ({ reasonCode }) and its standard message opens the e-mail's reason.
 *
 * Two people acting at once: the UPDATE's WHERE names the status the decider saw, so exactly one
 * wins; the other gets CONFLICT with the current status and nothing is written.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (unknown or not visible) | FORBIDDEN | OWN_CASE
 *   | CONFLICT { status } | INVALID_TRANSITION { status } | VALIDATION (reason and code both missing).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, assertNotOwn, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import type { TDecisionInput } from "@/lib/schemas/decision";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { TRANSITIONS, canTransition, type Status } from "@/lib/rules/transitions";
import { nextDocumentNumber } from "./numbering";
import { reasonCodesFor } from "@/lib/workflow/reason-codes";
import { announceChange } from "@/lib/services/announce-change";
export interface DecisionResult {
  status: Status;
  documentNumber: string | null;
}

export async function decideContribution(actor: Actor, input: TDecisionInput, now = new Date()): Promise<DecisionResult> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!isId(input.contributionId)) throw new AppError("NOT_FOUND");
  const transition = TRANSITIONS[input.decision];
  const contribution = await db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id: input.contributionId }] },
    include: { consultation: { select: { code: true } }, createdBy: { select: { email: true, locale: true } } },
  });
  if (!contribution) throw new AppError("NOT_FOUND");
  assertCan(actor, transition.permission, { organisationId: contribution.organisationId });
  assertNotOwn(actor, { userId: contribution.createdById, organisationId: contribution.organisationId });
  const current = contribution.status as Status;
  if (current !== input.expectedStatus) throw new AppError("CONFLICT", { status: current });
  if (!canTransition(input.decision, current)) throw new AppError("INVALID_TRANSITION", { status: current });
  const reason = input.reason || null;
  const reasonCode = "reasonCode" in input && input.reasonCode && reasonCodesFor(input.decision).includes(input.reasonCode) ? input.reasonCode : null;
  if (transition.reasonRequired && !reason && !reasonCode) throw new AppError("VALIDATION", {}, { reason: ["required"] });

  const accepting = transition.to === "ACCEPTED";
  const result = await db.$transaction(async (tx) => {
    const documentNumber = accepting ? await nextDocumentNumber(tx, contribution.consultation.code) : contribution.documentNumber;
    const { count } = await tx.contribution.updateMany({
      where: { id: contribution.id, status: current },
      data: {
        status: transition.to,
        documentNumber,
        decisionNote: reason,
        ...(transition.to !== "UNDER_REVIEW" && { decidedAt: now }),
        ...(accepting && { publishedAt: now }),
      },
    });
    if (count === 0) {
      // Lost the race: roll back (the document number is given back) and report the winner's state.
      const latest = await db.contribution.findUnique({ where: { id: contribution.id }, select: { status: true } });
      throw new AppError("CONFLICT", { status: latest?.status ?? current });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: `contribution.${input.decision}`,
      contributionId: contribution.id,
      fromStatus: current,
      toStatus: transition.to,
      reason,
      data: documentNumber && accepting ? { documentNumber } : reasonCode ? { reasonCode } : undefined,
      at: now,
    });
    if ("email" in transition && transition.email) {
      await enqueueEmail(tx, {
        to: contribution.createdBy.email,
        locale: contribution.createdBy.locale,
        kind: transition.email,
        contributionId: contribution.id,
        params: { referenceNumber: contribution.referenceNumber ?? "", title: contribution.title, documentNumber: documentNumber ?? "", reason: reason ?? "", hasNote: reason ? "yes" : "no", ...(reasonCode && { reasonCode }) },
      });
    }
    return { status: transition.to, documentNumber };
  });
  // The public list's cached facet counts, here and on every other app server.
  if (result.status === "ACCEPTED") await announceChange("published-list");
  return result;
}
