"use server";
/** Saving a consultation (secretariat). On failure the typed values come back with the errors. */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZConsultationInput } from "@/lib/schemas/consultation";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { saveConsultation } from "@/lib/services/consultations/save-consultation";

export type ConsultationFormState = (ActionResult & { values?: Record<string, string | boolean> }) | null;

export async function saveConsultationAction(_p: ConsultationFormState, form: FormData): Promise<ConsultationFormState> {
  const values: Record<string, string | boolean> = {};
  for (const key of ["id", "slug", "code", "titleEn", "titleAr", "titleFr", "titleEs", "titleRu", "titleZh", "descriptionEn", "descriptionAr", "descriptionFr", "descriptionEs", "descriptionRu", "descriptionZh", "timeZone", "opensAt", "closesAt", "questionsEn", "questionsAr", "questionsFr", "questionsEs", "questionsRu", "questionsZh"]) values[key] = String(form.get(key) ?? "");
  values.allowGeneral = form.get("allowGeneral") === "on";
  values.allowRevision = form.get("allowRevision") === "on";
  const parsed = ZConsultationInput.safeParse(values);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values };
  let id: string;
  try {
    ({ id } = await saveConsultation(await getActor(), parsed.data));
  } catch (e) {
    return { ...toFailure(e), values };
  }
  const locale = localeOf(form);
  redirect(`/${locale}/secretariat/consultations?saved=${id}`);
}
