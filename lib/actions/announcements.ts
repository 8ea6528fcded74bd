"use server";
/** The secretariat's message to the contributors of a consultation. A refusal keeps every text typed. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ANNOUNCEMENT_LANGUAGES, ZAnnouncementInput } from "@/lib/schemas/announcement";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { sendAnnouncement } from "@/lib/services/consultations/send-announcement";

export type AnnouncementFormState = (ActionResult<{ id: string; recipients: number }> & { values?: Record<string, string | string[]> }) | null;

export async function sendAnnouncementAction(_p: AnnouncementFormState, form: FormData): Promise<AnnouncementFormState> {
  const values: Record<string, string | string[]> = { consultationId: String(form.get("consultationId") ?? ""), statuses: form.getAll("statuses").map(String) };
  for (const l of ANNOUNCEMENT_LANGUAGES) for (const k of [`subject_${l}`, `body_${l}`]) values[k] = String(form.get(k) ?? "");
  const parsed = ZAnnouncementInput.safeParse(values);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const { id, recipients } = await sendAnnouncement(await getActor(), parsed.data);
    revalidatePath("/[locale]/secretariat/announcements", "page");
    return { ok: true, data: { id, recipients } };
  } catch (e) {
    return { ...toFailure(e), values };
  }
}
