"use server";
/**
 * CWG meetings (secretariat): save a meeting, list a document for it, take one off. On a refused
 * save the typed values come back with the errors; the locale is read on the server.
 */
import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZMeetingDocumentInput, ZMeetingDocumentRemoval, ZMeetingInput } from "@/lib/schemas/meeting";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { saveMeeting } from "@/lib/services/meetings/save-meeting";
import { addMeetingDocument, removeMeetingDocument } from "@/lib/services/meetings/meeting-documents";

export type MeetingFormState = (ActionResult & { values?: Record<string, string | boolean> }) | null;

const FIELDS = ["id", "number", "startsOn", "endsOn", "place", "documentsDeadline", "timeZone"] as const;

export async function saveMeetingAction(_p: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const values: Record<string, string | boolean> = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  values.virtual = form.get("virtual") === "on";
  const parsed = ZMeetingInput.safeParse(values);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values };
  let number: number;
  try {
    ({ number } = await saveMeeting(await getActor(), parsed.data));
  } catch (e) {
    return { ...toFailure(e), values };
  }
  redirect({ href: `/meetings/${number}?saved=1`, locale: await getLocale() });
  return null;
}

export async function addMeetingDocumentAction(_p: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const values = { meetingId: String(form.get("meetingId") ?? ""), documentNumber: String(form.get("documentNumber") ?? "") };
  const parsed = ZMeetingDocumentInput.safeParse(values);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await addMeetingDocument(await getActor(), parsed.data);
  } catch (e) {
    return { ...toFailure(e), values };
  }
  revalidatePath("/[locale]/meetings/[number]", "page");
  return { ok: true, data: undefined };
}

export async function removeMeetingDocumentAction(form: FormData): Promise<void> {
  const parsed = ZMeetingDocumentRemoval.safeParse({ meetingId: form.get("meetingId"), contributionId: form.get("contributionId") });
  // A stale or forged removal changes nothing; the page shows the list as it is.
  if (parsed.success) await removeMeetingDocument(await getActor(), parsed.data).catch((e) => void toFailure(e));
  revalidatePath("/[locale]/meetings/[number]", "page");
}
