"use server";
/**
 * Server action behind the secretariat's decision buttons (form posts, so it also works
 * without JavaScript through useActionState). Re-checks the caller in the service. On success
 * it redirects to the contribution's page with ?done=<new status>, which shows the outcome.
 */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZDecisionInput } from "@/lib/schemas/decision";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { decideContribution, type DecisionResult } from "@/lib/services/contributions/decide-contribution";

export type DecisionState = ActionResult<DecisionResult> | null;

export async function decideContributionAction(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const parsed = ZDecisionInput.safeParse({
    decision: form.get("decision"),
    contributionId: form.get("contributionId"),
    expectedStatus: form.get("expectedStatus"),
    reason: form.get("reason") ?? "",
    reasonCode: form.get("reasonCode") ?? undefined,
  });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  let result: DecisionResult;
  try {
    result = await decideContribution(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  const locale = localeOf(form);
  redirect(`/${locale}/secretariat/contributions/${encodeURIComponent(parsed.data.contributionId)}?done=${result.status}`);
}
