"use server";
/**
 * Marking a contribution as a duplicate of another, or removing the mark (form post redirecting
 * back to the contribution). The service re-checks the caller (contribution.mark-duplicate).
 */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import { markDuplicate } from "@/lib/services/triage/duplicates";

export type DuplicateState = ActionResult | null;

/** Form fields: contributionId, duplicateOfId ("" to unmark), expected (the mark as seen, "" for none). */
export async function markDuplicateAction(_p: DuplicateState, form: FormData): Promise<DuplicateState> {
  const contributionId = String(form.get("contributionId") ?? "");
  const duplicateOfId = String(form.get("duplicateOfId") ?? "");
  const expected = String(form.get("expected") ?? "");
  if (!isId(contributionId) || (duplicateOfId && !isId(duplicateOfId)) || (expected && !isId(expected))) return { ok: false, code: "NOT_FOUND" };
  try {
    await markDuplicate(await getActor(), { contributionId, duplicateOfId: duplicateOfId || null, expected: expected || null });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/secretariat/contributions/${contributionId}?done=DUPLICATE#duplicates`);
}
