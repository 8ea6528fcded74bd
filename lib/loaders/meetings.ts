/**
 * Screen loaders of the CWG meetings: the public list, one meeting with its documents (plus what
 * the secretariat may do on it), and the secretariat's edit form. Pages render what these return.
 */
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { getMeeting, listMeetings, type MeetingSummary } from "@/lib/services/meetings/get-meetings";
import { localFromInstant } from "@/lib/services/consultations/deadline";

export async function loadMeetingsView(actor: Actor) {
  return { meetings: await listMeetings(actor), canManage: can(actor, "meeting.manage") };
}

export async function loadMeetingView(actor: Actor, number: number) {
  const found = await getMeeting(actor, number);
  if (!found) return null;
  const canManage = can(actor, "meeting.manage");
  // The compilation and files come from the queue's export, filtered to this meeting.
  const exports = can(actor, "queue.view") ? { docx: `/api/secretariat/export?format=docx&meeting=${number}`, zip: `/api/secretariat/export?format=zip&meeting=${number}` } : null;
  return { ...found, canManage, exports };
}

/** The form's values for an existing meeting (null: a new one), wall-clock times in its zone. */
export async function loadMeetingFormView(actor: Actor, number: number | null) {
  if (!can(actor, "meeting.manage")) return null;
  if (number === null) return { values: { number: "", startsOn: "", endsOn: "", place: "", virtual: false, documentsDeadline: "", timeZone: "Europe/Zurich" } };
  const found = await getMeeting(actor, number);
  if (!found) return null;
  return { values: formValues(found.meeting) };
}

function formValues(m: MeetingSummary) {
  return {
    id: m.id,
    number: String(m.number),
    startsOn: m.startsOn.toISOString().slice(0, 10),
    endsOn: m.endsOn.toISOString().slice(0, 10),
    place: m.place ?? "",
    virtual: m.virtual,
    documentsDeadline: localFromInstant(m.documentsDeadline, m.timeZone),
    timeZone: m.timeZone,
  };
}
