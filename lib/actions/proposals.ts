"use server";
/**
 * Server actions of Action Line revision proposals: the secretariat's decision on one proposal
 * (a form post: works without JavaScript through useActionState; on success it redirects back to
 * the contribution's page, anchored on the proposal). The service re-checks the caller.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import { ZProposalDecisionInput } from "@/lib/schemas/proposal-decision";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { decideProposal } from "@/lib/services/proposals/decide-proposal";

export type ProposalDecisionState = ActionResult | null;

export async function decideProposalAction(_previous: ProposalDecisionState, form: FormData): Promise<ProposalDecisionState> {
  const parsed = ZProposalDecisionInput.safeParse({
    proposalId: form.get("proposalId"),
    expectedDecision: form.get("expectedDecision"),
    decision: form.get("decision"),
    note: form.get("note") ?? "",
  });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await decideProposal(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  const contributionId = String(form.get("contributionId") ?? "");
  const position = Number(form.get("position") ?? 0);
  if (!isId(contributionId)) return { ok: true, data: undefined };
  // The address changes with the proposal (a hash-only change would not reload the page), and
  // the page is revalidated for a second decision on the same proposal.
  const n = Number.isInteger(position) ? position : 0;
  revalidatePath(`/${localeOf(form)}/secretariat/contributions/${contributionId}`);
  redirect(`/${localeOf(form)}/secretariat/contributions/${contributionId}?done=PROPOSAL_DECIDED&proposal=${n}#proposal-${n}`);
}
