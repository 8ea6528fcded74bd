"use server";
/**
 * Server action behind the contribution form: parse with the same zod schema as the form, then
 * the service (which re-checks the caller). Never throws: returns an ActionResult.
 */
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZContributionInput } from "@/lib/schemas/contribution";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { submitContribution, type SubmittedContribution } from "@/lib/services/contributions/submit-contribution";

export async function submitContributionAction(raw: unknown): Promise<ActionResult<SubmittedContribution>> {
  // The deadline is judged at arrival, before the session lookup and any wait for a turn.
  const arrivedAt = new Date();
  const parsed = ZContributionInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await submitContribution(await getActor(), parsed.data, arrivedAt) };
  } catch (e) {
    return toFailure(e);
  }
}
