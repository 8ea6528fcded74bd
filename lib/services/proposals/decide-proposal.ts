/**
 * The secretariat's decision on one revision proposal of a contribution ("accept 2, note 1"):
 * ACCEPTED (the text goes into the consolidated Action Line), NOTED (taken note of, not applied),
 * NOT_ACCEPTED, or back to PENDING. One transaction: the decision guarded by the decision the
 * person saw (two people at once: one wins, the other gets CONFLICT with the current decision),
 * then an audit event on the contribution.
 *
 * Allowed while the contribution's text is the one submitted: SUBMITTED, UNDER_REVIEW,
 * RESUBMITTED and ACCEPTED (the secretariat may publish the contribution first and decide the
 * proposals after, or the reverse). Not on drafts, withdrawn, rejected or returned contributions.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (unknown, or not visible to the caller) |
 *   FORBIDDEN (no proposal.decide) | INVALID_TRANSITION { status } | PROPOSAL_CONFLICT { decision }.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import { PROPOSAL_DECIDABLE_STATUSES, type TProposalDecisionInput } from "@/lib/schemas/proposal-decision";
import { recordAudit } from "@/lib/services/audit";

const DECIDABLE = new Set<string>(PROPOSAL_DECIDABLE_STATUSES);

export async function decideProposal(actor: Actor, input: TProposalDecisionInput, now = new Date()): Promise<{ decision: string }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!isId(input.proposalId)) throw new AppError("NOT_FOUND");
  const proposal = await db.revisionProposal.findFirst({
    where: { id: input.proposalId, contribution: contributionWhereFor(actor) },
    select: { id: true, number: true, decision: true, contributionId: true, contribution: { select: { status: true, organisationId: true } } },
  });
  if (!proposal) throw new AppError("NOT_FOUND");
  assertCan(actor, "proposal.decide");
  if (!DECIDABLE.has(proposal.contribution.status)) throw new AppError("INVALID_TRANSITION", { status: proposal.contribution.status });
  if (proposal.decision !== input.expectedDecision) throw new AppError("PROPOSAL_CONFLICT", { decision: proposal.decision });

  return db.$transaction(async (tx) => {
    const { count } = await tx.revisionProposal.updateMany({
      where: { id: proposal.id, decision: input.expectedDecision, contribution: { status: { in: [...PROPOSAL_DECIDABLE_STATUSES] } } },
      data: { decision: input.decision, decisionNote: input.note || null, decidedAt: input.decision === "PENDING" ? null : now, decidedById: input.decision === "PENDING" ? null : actor.userId },
    });
    if (count === 0) {
      const latest = await db.revisionProposal.findUnique({ where: { id: proposal.id }, select: { decision: true } });
      throw new AppError("PROPOSAL_CONFLICT", { decision: latest?.decision ?? proposal.decision });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "proposal.decide",
      contributionId: proposal.contributionId,
      reason: input.note || null,
      data: { number: proposal.number, from: proposal.decision, to: input.decision },
      at: now,
    });
    return { decision: input.decision };
  });
}
