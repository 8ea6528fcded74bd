"use server";
/**
 * Saves the queue's column choice and density for the signed-in secretariat member (form post:
 * `column` checkboxes name the visible optional columns, `density` the row density). The service
 * re-checks the caller (queue.view).
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { OPTIONAL_QUEUE_COLUMNS } from "@/lib/schemas/queue-preferences";
import { saveQueuePreferences } from "@/lib/services/preferences/queue-preferences";

export type PreferencesState = ActionResult | null;

export async function saveQueuePreferencesAction(_p: PreferencesState, form: FormData): Promise<PreferencesState> {
  const visible = form.getAll("column").map(String);
  try {
    await saveQueuePreferences(await getActor(), { hidden: OPTIONAL_QUEUE_COLUMNS.filter((c) => !visible.includes(c)), density: String(form.get("density") ?? "") });
  } catch (e) {
    return toFailure(e);
  }
  revalidatePath(`/${localeOf(form)}/secretariat`);
  return { ok: true, data: undefined };
}
