"use server";
/**
 * Marking a contribution as a duplicate of another, or removing the mark (form post redirecting
 * back to the contribution). The service re-checks the caller (contribution.mark-duplicate).
 */
import { serverAction } from "./action-client";
import { ZMarkDuplicate } from "@/lib/schemas/triage";
import { markDuplicate } from "@/lib/services/triage/duplicates";

export const markDuplicateAction = serverAction({
  publicChange: true,
  schema: ZMarkDuplicate,
  run: (input, { actor }) => markDuplicate(actor, input),
  redirectTo: (_r, input) => `/secretariat/contributions/${input.contributionId}?done=DUPLICATE#duplicates`,
});
