"use server";
/**
 * Server action behind the contribution form: the same zod schema as the form, then the service
 * (which re-checks the caller).
 */
import { serverAction } from "./action-client";
import { ZContributionInput } from "@/lib/schemas/contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";

export const submitContributionAction = serverAction({
  schema: ZContributionInput,
  // The deadline is judged at arrival (noted by serverAction before anything else).
  run: (input, { actor, arrivedAt }) => submitContribution(actor, input, arrivedAt),
  data: (result) => result,
});
