"use server";
/**
 * Unpublish (with a reason) and republish, from the secretariat's contribution page (form posts,
 * so they work without JavaScript). The service re-checks the caller.
 */
import { serverAction } from "./action-client";
import { ZPublicationInput } from "@/lib/schemas/publication";
import { changePublication } from "@/lib/services/contributions/publication";

export const changePublicationAction = serverAction({
  publicChange: true,
  schema: ZPublicationInput,
  run: (input, { actor }) => changePublication(actor, input),
  redirectTo: (result, input) => `/secretariat/contributions/${encodeURIComponent(input.contributionId)}?done=${result.status}#publication`,
});
