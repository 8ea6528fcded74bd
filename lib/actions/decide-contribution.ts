"use server";
/**
 * Server action behind the secretariat's decision buttons (form posts, so it also works without
 * JavaScript through useActionState). The service re-checks the caller. On success it redirects
 * to the contribution's page with ?done=<new status>, which shows the outcome.
 */
import { serverAction } from "./action-client";
import { ZDecisionInput } from "@/lib/schemas/decision";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";

export const decideContributionAction = serverAction({
  publicChange: true,
  schema: ZDecisionInput,
  run: (input, { actor }) => decideContribution(actor, input),
  redirectTo: (result, input) => `/secretariat/contributions/${encodeURIComponent(input.contributionId)}?done=${result.status}`,
});
