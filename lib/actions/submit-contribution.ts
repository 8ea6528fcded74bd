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
  run: (input, { actor }) => submitContribution(actor, input),
  data: (result) => result,
});
