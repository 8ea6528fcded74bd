"use server";
/** Extension actions (form posts): the organisation asks, the secretariat grants or refuses. */
import { serverAction } from "./action-client";
import { ZExtensionAnswer, ZExtensionRequest } from "@/lib/schemas/extension";
import { answerExtension, requestExtension } from "@/lib/services/contributions/extensions";
import { instantFromLocal } from "@/lib/services/consultations/deadline";

export const requestExtensionAction = serverAction({
  schema: ZExtensionRequest,
  run: (input, { actor }) => requestExtension(actor, input),
  redirectTo: (_r, input) => `/my/contributions/${encodeURIComponent(input.contributionId)}?extension=request`,
});

export const answerExtensionAction = serverAction({
  schema: ZExtensionAnswer,
  // The secretariat types the new deadline as a wall-clock time in the consultation's zone.
  run: ({ contributionId, decision, reason, until, timeZone }, { actor }) => answerExtension(actor, { contributionId, decision, reason, until: instantFromLocal(until, timeZone) }),
  redirectTo: (_r, input) => `/secretariat/extensions?done=${input.decision}`,
});
