"use server";
/**
 * Starting a background export (a plain form post: works without JavaScript). Redirects to the
 * exports page, which shows the new job's progress, or the error code when it could not start.
 * The export is written in the language of the page it was started from.
 */
import { serverAction } from "./action-client";
import { ZExportJobStart } from "@/lib/schemas/export-job";
import { startExportJob } from "@/lib/services/exports/export-jobs";

const start = serverAction({
  schema: ZExportJobStart,
  run: (input, { actor, locale }) => startExportJob(actor, { ...input, locale }),
  redirectTo: ({ id }) => `/secretariat/exports?started=${encodeURIComponent(id)}`,
  redirectOnFailure: (failure) => `/secretariat/exports?error=${failure.code}`,
});

/** The form's action (a server component's form, without state: both outcomes redirect). */
export async function startExportJobAction(form: FormData): Promise<void> {
  await start(null, form);
}
