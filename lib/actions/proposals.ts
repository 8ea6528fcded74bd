"use server";
/**
 * Server actions of Action Line revision proposals: the secretariat's decision on one proposal
 * (a form post: works without JavaScript through useActionState; on success it redirects back to
 * the contribution's page, anchored on the proposal). The service re-checks the caller.
 */
import { serverAction } from "./action-client";
import { ZProposalDecisionForm } from "@/lib/schemas/proposal-decision";
import { decideProposal } from "@/lib/services/proposals/decide-proposal";

const page = (contributionId: string) => `/secretariat/contributions/${contributionId}`;

export const decideProposalAction = serverAction({
  publicChange: true,
  schema: ZProposalDecisionForm,
  run: ({ proposalId, expectedDecision, decision, note }, { actor }) => decideProposal(actor, { proposalId, expectedDecision, decision, note }),
  // The address changes with the proposal (a hash-only change would not reload the page), and
  // the page is revalidated for a second decision on the same proposal. Without a contribution
  // to go back to, the answer is just "done".
  revalidate: (_r, input) => (input.contributionId ? page(input.contributionId) : null),
  redirectTo: (_r, { contributionId, position }) => (contributionId ? `${page(contributionId)}?done=PROPOSAL_DECIDED&proposal=${position}#proposal-${position}` : null),
});
