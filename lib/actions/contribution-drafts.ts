"use server";
/**
 * Server actions of the contribution form beyond first submission: autosave of a draft and
 * resubmission after changes were requested. The services re-check the caller.
 */
import { serverAction } from "./action-client";
import { ZDraftInput, ZResubmitInput } from "@/lib/schemas/contribution";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { resubmitContribution } from "@/lib/services/contributions/resubmit-contribution";

export const saveDraftAction = serverAction({
  schema: ZDraftInput,
  run: (input, { actor }) => saveDraft(actor, input),
  data: (saved) => ({ id: saved.id, savedAt: saved.savedAt.toISOString() }),
});

export const resubmitContributionAction = serverAction({
  schema: ZResubmitInput,
  run: (input, { actor }) => resubmitContribution(actor, input),
  data: (result) => result,
});
