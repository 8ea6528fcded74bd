/**
 * The secretariat's decision on one revision proposal (lib/services/proposals/decide-proposal.ts):
 * the proposal, the decision it had when the person looked (a change meanwhile is refused), the
 * new decision and an optional note to the contributor (shown with the proposal).
 */
import { z } from "zod";
import { ZId, isId } from "./id";
import { optionalText } from "./text";

export const PROPOSAL_DECISIONS = ["PENDING", "ACCEPTED", "NOTED", "NOT_ACCEPTED"] as const;
export type ProposalDecisionValue = (typeof PROPOSAL_DECISIONS)[number];

export { PROPOSAL_DECIDABLE_STATUSES } from "@/lib/rules/statuses";

export const ZProposalDecisionInput = z.object({
  proposalId: ZId,
  expectedDecision: z.enum(PROPOSAL_DECISIONS),
  decision: z.enum(PROPOSAL_DECISIONS, { error: "required" }),
  note: optionalText(2_000),
});
export type TProposalDecisionInput = z.output<typeof ZProposalDecisionInput>;

/**
 * The decision form: the input above plus where the page goes back to (the contribution and the
 * proposal's position, for its anchor). An odd position reads as 0; an odd contribution id means
 * "stay" (the decision is saved either way).
 */
export const ZProposalDecisionForm = ZProposalDecisionInput.extend({
  contributionId: z
    .string()
    .default("")
    .transform((v) => (isId(v) ? v : null)),
  position: z.coerce.number().catch(0).transform((n) => (Number.isInteger(n) ? n : 0)),
});
