"use server";
/** Deleting a draft (form post; works without JavaScript). Redirects to "My contributions" on success. */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { deleteDraft } from "@/lib/services/contributions/delete-draft";

export type DeleteDraftState = ActionResult | null;

export async function deleteDraftAction(_previous: DeleteDraftState, form: FormData): Promise<DeleteDraftState> {
  const contributionId = form.get("contributionId");
  if (typeof contributionId !== "string") return { ok: false, code: "NOT_FOUND" };
  try {
    await deleteDraft(await getActor(), contributionId);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/my?deleted=1`);
}
