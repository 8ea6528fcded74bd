/**
 * A CWG meeting as the secretariat enters it: its number in the group's series, first and last
 * day (calendar days at the meeting's place), place or virtual, and the documents deadline as a
 * wall-clock time in the meeting's time zone. And a document listed for it, by document number.
 */
import { z } from "zod";
import { optionalText } from "./text";
import { ZId } from "./id";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
const local = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "dateTime");

export const ZMeetingInput = z.object({
  id: ZId.optional().or(z.literal("").transform(() => undefined)),
  number: z.coerce.number({ message: "meetingNumber" }).int("meetingNumber").min(1, "meetingNumber").max(9999, "meetingNumber"),
  startsOn: day,
  endsOn: day,
  place: optionalText(200),
  virtual: z.boolean(),
  documentsDeadline: local,
  timeZone: z.string().min(1).max(60).default("Europe/Zurich"),
});
export type TMeetingInput = z.output<typeof ZMeetingInput>;

export const ZMeetingDocumentInput = z.object({
  meetingId: ZId,
  /** The document number as people cite it, e.g. CWG-WSIS&SDG/WSIS20/5. */
  documentNumber: z.string().trim().min(1, "required").max(60, "tooLong:60"),
});
export type TMeetingDocumentInput = z.output<typeof ZMeetingDocumentInput>;

export const ZMeetingDocumentRemoval = z.object({ meetingId: ZId, contributionId: ZId });
export type TMeetingDocumentRemoval = z.output<typeof ZMeetingDocumentRemoval>;
