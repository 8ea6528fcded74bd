"use server";
/** CWG meetings (secretariat): save a meeting, list a document for it, take one off. */
import { serverAction } from "./action-client";
import { readForm } from "./read-form";
import { ZMeetingDocumentInput, ZMeetingDocumentRemoval, ZMeetingInput } from "@/lib/schemas/meeting";
import { saveMeeting } from "@/lib/services/meetings/save-meeting";
import { addMeetingDocument, removeMeetingDocument } from "@/lib/services/meetings/meeting-documents";

export const saveMeetingAction = serverAction({
  publicChange: true,
  schema: ZMeetingInput,
  fromForm: (form) => ({ ...readForm(form), virtual: form.get("virtual") === "on" }),
  run: (input, { actor }) => saveMeeting(actor, input),
  redirectTo: ({ number }) => `/meetings/${number}?saved=1`,
  echo: true,
});

export const addMeetingDocumentAction = serverAction({
  publicChange: true,
  schema: ZMeetingDocumentInput,
  run: (input, { actor }) => addMeetingDocument(actor, input),
  revalidate: () => "/meetings",
  echo: true,
});

export const removeMeetingDocumentAction = serverAction({
  publicChange: true,
  schema: ZMeetingDocumentRemoval,
  run: (input, { actor }) => removeMeetingDocument(actor, input),
  revalidate: () => "/meetings",
});
