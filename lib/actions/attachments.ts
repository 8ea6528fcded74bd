"use server";
/**
 * Server actions for the attachments field: remove a file, and read a DOCX's text to fill the
 * contribution's body. Uploads are not actions (they stream: app/api/contributions/[id]/attachments).
 * Each calls its service, which re-checks the caller. Never throw: return an ActionResult.
 */
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { removeAttachment } from "@/lib/services/attachments/remove-attachment";
import { extractDocxText } from "@/lib/services/attachments/extract-docx-text";

export async function removeAttachmentAction(attachmentId: string): Promise<ActionResult> {
  try {
    if (typeof attachmentId !== "string") return { ok: false, code: "VALIDATION" };
    await removeAttachment(await getActor(), attachmentId);
    return { ok: true, data: undefined };
  } catch (e) {
    return toFailure(e);
  }
}

/** The text of a DOCX attachment (mammoth), for "Use the text of this document". */
export async function docxTextAction(attachmentId: string): Promise<ActionResult<{ text: string }>> {
  try {
    if (typeof attachmentId !== "string") return { ok: false, code: "VALIDATION" };
    return { ok: true, data: { text: await extractDocxText(await getActor(), attachmentId) } };
  } catch (e) {
    return toFailure(e);
  }
}
