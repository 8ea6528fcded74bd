"use server";
/**
 * Server actions for the attachments field: remove a file, and read a DOCX's text to fill the
 * contribution's body. Uploads are not actions (they stream: app/api/contributions/[id]/attachments).
 * Each calls its service, which re-checks the caller.
 */
import { serverAction } from "./action-client";
import { ZAttachmentRef } from "@/lib/schemas/attachment";
import { removeAttachment } from "@/lib/services/attachments/remove-attachment";
import { extractDocxText } from "@/lib/services/attachments/extract-docx-text";

export const removeAttachmentAction = serverAction({
  schema: ZAttachmentRef,
  run: (input, { actor }) => removeAttachment(actor, input.attachmentId),
});

/** The text of a DOCX attachment (mammoth), for "Use the text of this document". */
export const docxTextAction = serverAction({
  schema: ZAttachmentRef,
  run: (input, { actor }) => extractDocxText(actor, input.attachmentId),
  data: (text) => ({ text }),
});
