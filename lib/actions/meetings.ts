"use server";
/**
 * CWG meetings (secretariat): save a meeting, list a document for it, take one off. On a refused
 * save or listing the typed values come back with the errors. The services re-check the caller.
 */
import { serverAction, type RoutePattern } from "./action-client";
import { ZMeetingDocumentInput, ZMeetingDocumentRemoval, ZMeetingInput, meetingFormValues } from "@/lib/schemas/meeting";
import { saveMeeting } from "@/lib/services/meetings/save-meeting";
import { addMeetingDocument, removeMeetingDocument } from "@/lib/services/meetings/meeting-documents";

/** The meeting's page in every language (the action knows the meeting's id, not its number). */
const MEETING_PAGES: RoutePattern = { route: "/[locale]/meetings/[number]" };

export const saveMeetingAction = serverAction({
  schema: ZMeetingInput,
  fromForm: meetingFormValues,
  run: (input, { actor }) => saveMeeting(actor, input),
  redirectTo: ({ number }) => `/meetings/${number}?saved=1`,
  echo: true,
});

export const addMeetingDocumentAction = serverAction({
  schema: ZMeetingDocumentInput,
  run: (input, { actor }) => addMeetingDocument(actor, input),
  revalidate: () => MEETING_PAGES,
  echo: true,
});

// A stale or forged removal changes nothing; the page shows the list as it is.
const removeMeetingDocument_ = serverAction({
  schema: ZMeetingDocumentRemoval,
  run: (input, { actor }) => removeMeetingDocument(actor, input),
  revalidate: () => MEETING_PAGES,
  refreshOnFailure: MEETING_PAGES,
});

/** The remove button's action (a form without state). */
export async function removeMeetingDocumentAction(form: FormData): Promise<void> {
  await removeMeetingDocument_(null, form);
}
