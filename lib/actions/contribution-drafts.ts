"use server";
/**
 * Server actions of the contribution form beyond first submission: autosave of a draft and
 * resubmission after changes were requested. Each parses with the shared schema, then calls the
 * service (which re-checks the caller); never throws to the client.
 */
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZDraftInput, ZResubmitInput } from "@/lib/schemas/contribution";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { resubmitContribution } from "@/lib/services/contributions/resubmit-contribution";

export async function saveDraftAction(raw: unknown): Promise<ActionResult<{ id: string; savedAt: string }>> {
  const parsed = ZDraftInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const saved = await saveDraft(await getActor(), parsed.data);
    return { ok: true, data: { id: saved.id, savedAt: saved.savedAt.toISOString() } };
  } catch (e) {
    return toFailure(e);
  }
}

export async function resubmitContributionAction(raw: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const parsed = ZResubmitInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await resubmitContribution(await getActor(), parsed.data) };
  } catch (e) {
    return toFailure(e);
  }
}
