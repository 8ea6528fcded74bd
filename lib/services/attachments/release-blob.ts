/**
 * Deletes a blob once no attachment row refers to it any more (blobs are shared between rows by
 * content). Best effort: a failure is logged, not thrown, because the caller's outcome (a refused
 * or removed attachment) is already decided; an orphan blob wastes space but is never served.
 * Known gap: an upload of the same bytes racing with this check may find its blob gone; its
 * download then answers 404 until it is uploaded again.
 */
import "server-only";
import { db } from "@/lib/db";
import type { BlobStorage } from "@/lib/storage";

export async function releaseBlob(storage: BlobStorage, sha256: string): Promise<void> {
  try {
    if ((await db.attachment.count({ where: { sha256 } })) === 0) await storage.remove(sha256);
  } catch (e) {
    console.error(`Could not release blob ${sha256}`, e);
  }
}
