/**
 * What each reader sees of a contribution's revision proposals. The secretariat's note on a
 * proposal is addressed to the proposing organisation only; its decision on a proposal is the
 * proposing organisation's business until the contribution is published (then it is public).
 * A focal point of an organisation invited to co-sponsor therefore sees neither before
 * publication, and never the notes (issue 12).
 */
import { isPublished } from "./decisions";

export type ContributionAccess = "member" | "invited";

/** Whether `access` shows the per-proposal decisions of a contribution in `status`. */
export const showsProposalDecisions = (access: ContributionAccess, status: string): boolean => access === "member" || isPublished(status);

/** The proposals as `access` may see them: decisions hidden (PENDING) and notes removed as above. */
export function proposalsSeenBy<P extends { decision: string; decisionNote: string | null }>(access: ContributionAccess, status: string, proposals: readonly P[]): P[] {
  if (access === "member") return [...proposals];
  const decided = showsProposalDecisions(access, status);
  return proposals.map((p) => ({ ...p, decision: decided ? p.decision : "PENDING", decisionNote: null }) as P);
}
