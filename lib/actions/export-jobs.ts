"use server";
/**
 * Starting a background export (a plain form post: works without JavaScript). Redirects to the
 * exports page, which shows the new job's progress, or the error code when it could not start.
 */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { toFailure } from "@/lib/errors";
import { ZExportJobStart, exportJobFilter } from "@/lib/schemas/export-job";
import { startExportJob } from "@/lib/services/exports/export-jobs";
import { localeOf } from "./form-locale";

export async function startExportJobAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const parsed = ZExportJobStart.safeParse({ format: form.get("format") });
  if (!parsed.success) redirect(`/${locale}/secretariat/exports?error=VALIDATION`);
  let id: string;
  try {
    ({ id } = await startExportJob(await getActor(), { format: parsed.data.format, filter: exportJobFilter(form), locale }));
  } catch (e) {
    redirect(`/${locale}/secretariat/exports?error=${toFailure(e).code}`);
  }
  redirect(`/${locale}/secretariat/exports?started=${encodeURIComponent(id)}`);
}
