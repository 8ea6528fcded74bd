/**
 * The plain text of a DOCX attachment, so a delegation that wrote in Word can fill the
 * contribution's body from it: mammoth's HTML rendering made plain text by docxHtmlToText (one
 * line per paragraph, footnotes kept as numbered notes at the end; formatting dropped). Only for those who may edit the contribution (it feeds the form).
 * The file is read into memory once for mammoth (at most ATTACHMENT_MAX_BYTES), on request only.
 * @returns the text with line endings as mammoth gives them ("\n").
 * @throws AppError NOT_FOUND | UNAUTHENTICATED | FORBIDDEN | INVALID_TRANSITION { status }
 *   | ATTACHMENT_TYPE (not a DOCX, or not a readable one) | DOCX_TEXT_TOO_LARGE (its XML inflates
 *   past DOCX_XML_CAP: a ZIP bomb or an enormous document; see docx-xml-size.ts).
 */
import "server-only";
import { buffer } from "node:stream/consumers";
import mammoth from "mammoth";
import { docxHtmlToText } from "./docx-html-text";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { BlobNotFoundError, blobStorage, type BlobStorage } from "@/lib/storage";
import { loadEditableContribution } from "./editable-contribution";
import { DOCX_TYPE } from "./file-types";
import { docxXmlWithin } from "./docx-xml-size";
import { isId } from "@/lib/schemas/id";

export async function extractDocxText(actor: Actor, attachmentId: string, deps: { storage?: BlobStorage } = {}): Promise<string> {
  if (!isId(attachmentId)) throw new AppError("NOT_FOUND");
  const storage = deps.storage ?? blobStorage();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, contribution: contributionWhereFor(actor) },
    select: { contributionId: true, mediaType: true, sha256: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  await loadEditableContribution(actor, attachment.contributionId);
  if (attachment.mediaType !== DOCX_TYPE) throw new AppError("ATTACHMENT_TYPE");
  let content;
  try {
    content = await buffer(await storage.open(attachment.sha256));
  } catch (e) {
    if (e instanceof BlobNotFoundError) throw new AppError("NOT_FOUND");
    throw e;
  }
  return docxToText(content);
}

/**
 * The plain text of a DOCX held in `content` (see docxHtmlToText), after the ZIP-bomb guard.
 * @throws AppError DOCX_TEXT_TOO_LARGE | ATTACHMENT_TYPE (corrupt archive).
 */
export async function docxToText(content: Buffer): Promise<string> {
  let within: boolean;
  try {
    within = docxXmlWithin(content);
  } catch {
    throw new AppError("ATTACHMENT_TYPE");
  }
  if (!within) throw new AppError("DOCX_TEXT_TOO_LARGE");
  const { value } = await mammoth.convertToHtml({ buffer: content });
  return docxHtmlToText(value);
}
