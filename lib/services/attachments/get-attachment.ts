/**
 * Attachments for reading: the list of a contribution's files and one file's content for
 * download, for whoever may see the contribution (contributionWhereFor: the public sees accepted
 * contributions only). Unknown and invisible ids both give null, so the route answers 404 either
 * way.
 */
import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { attachmentWhereFor } from "@/lib/auth/scopes";
import { BlobNotFoundError, blobStorage, type BlobStorage } from "@/lib/storage";
import { summarySelect, type AttachmentSummary } from "./add-attachment";
import { isId } from "@/lib/schemas/id";

/** The attachments of a contribution visible to `actor`, oldest first ([] when invisible). */
export async function listAttachments(actor: Actor, contributionId: string): Promise<AttachmentSummary[]> {
  if (!isId(contributionId)) return [];
  return db.attachment.findMany({
    where: { AND: [attachmentWhereFor(actor), { contributionId }] },
    select: summarySelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export interface AttachmentDownload extends AttachmentSummary {
  /** The bytes; the caller must consume or destroy it. */
  content: Readable;
}

/** One attachment with its content stream, or null (unknown, invisible, or blob missing). */
export async function getAttachmentForDownload(actor: Actor, attachmentId: string, deps: { storage?: BlobStorage } = {}): Promise<AttachmentDownload | null> {
  if (!isId(attachmentId)) return null;
  const storage = deps.storage ?? blobStorage();
  const row = await db.attachment.findFirst({
    where: { AND: [attachmentWhereFor(actor), { id: attachmentId }] },
    select: { ...summarySelect, sha256: true },
  });
  if (!row) return null;
  try {
    const { sha256: _key, ...summary } = row;
    return { ...summary, content: await storage.open(row.sha256) };
  } catch (e) {
    if (e instanceof BlobNotFoundError) {
      console.error(`Attachment ${row.id}: blob ${row.sha256} is missing`);
      return null;
    }
    throw e;
  }
}
