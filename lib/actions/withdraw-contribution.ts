"use server";
/** Withdrawal by the organisation (form post; works without JavaScript). Redirects on success. */
import { serverAction } from "./action-client";
import { ZWithdrawInput } from "@/lib/schemas/contribution";
import { withdrawContribution } from "@/lib/services/contributions/withdraw-contribution";

export const withdrawContributionAction = serverAction({
  publicChange: true,
  schema: ZWithdrawInput,
  run: (input, { actor }) => withdrawContribution(actor, input),
  redirectTo: (_r, input) => `/my/contributions/${encodeURIComponent(input.contributionId)}?done=WITHDRAWN`,
});
