/**
 * What the browser and the server agree on about attachments: the accepted extensions and their
 * media types (RFC 8118 for PDF; ECMA-376 / IANA for DOCX; OASIS ODF 1.2 part 3 §3.3 for ODT).
 * Pure, so the attachments field can refuse a wrong file before sending it; the server checks
 * again and also sniffs the content (lib/services/attachments/file-types.ts).
 */
import { z } from "zod";

export const ACCEPTED_TYPES = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".odt": "application/vnd.oasis.opendocument.text",
} as const;

export type AcceptedExtension = keyof typeof ACCEPTED_TYPES;
export type AcceptedMediaType = (typeof ACCEPTED_TYPES)[AcceptedExtension];
export const DOCX_TYPE = ACCEPTED_TYPES[".docx"];

/** For `<input type=file accept>`: extensions and media types. */
export const ACCEPT_ATTRIBUTE = [...Object.keys(ACCEPTED_TYPES), ...Object.values(ACCEPTED_TYPES)].join(",");

/** The accepted extension of `filename` (lower-cased, with the dot), or null. */
export function acceptedExtensionOf(filename: string): AcceptedExtension | null {
  const ext = /\.[^.]+$/.exec(filename.toLowerCase())?.[0];
  return ext && ext in ACCEPTED_TYPES ? (ext as AcceptedExtension) : null;
}

/** An attachment as the interface lists it (dates as ISO strings, so it crosses to the client). */
export interface AttachmentItem {
  id: string;
  filename: string;
  mediaType: string;
  /** Bytes. */
  size: number;
}

/** Removing an attachment or reading a DOCX's text: the service answers NOT_FOUND for an odd id. */
export const ZAttachmentRef = z.object({ attachmentId: z.string() });
