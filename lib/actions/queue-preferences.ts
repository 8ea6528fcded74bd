"use server";
/**
 * Saves the queue's column choice and density for the signed-in secretariat member (form post:
 * `column` checkboxes name the visible optional columns, `density` the row density). The service
 * re-checks the caller (queue.view) and drops unknown values.
 */
import { serverAction } from "./action-client";
import { listsOf } from "./read-form";
import { ZQueuePreferencesForm } from "@/lib/schemas/queue-preferences";
import { saveQueuePreferences } from "@/lib/services/preferences/queue-preferences";

export const saveQueuePreferencesAction = serverAction({
  schema: ZQueuePreferencesForm,
  fromForm: listsOf("column"),
  run: (input, { actor }) => saveQueuePreferences(actor, input),
  revalidate: () => "/secretariat",
});
