/**
 * The orphan-blob sweep (part of the `maintenance.sweep` job, every 15 minutes): removes blobs
 * that nothing refers to — no attachment row and no version snapshot (a version lists the
 * attachments it had) — and that were stored longer ago than the grace period.
 *
 * Orphans appear when a server dies between storing a blob and committing its attachment row,
 * or when releasing a removed attachment's blob failed (release-blob.ts is best effort).
 * The grace period (default a day) covers uploads whose row is not committed yet; a `put` of
 * content already stored renews the blob's time (lib/storage), so a re-upload of an old orphan is
 * covered too, and the blob's time is read again just before it is removed.
 * Export files are not blobs: the export sweep (resumeExportJobs) removes expired ones.
 */
import "server-only";
import { db } from "@/lib/db";
import { blobStorage, type BlobStorage } from "@/lib/storage";

export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

export interface SweepOptions {
  storage?: BlobStorage;
  graceMs?: number;
  now?: Date;
}

/** Removes orphan blobs older than the grace period; returns how many were examined and removed. */
export async function sweepOrphanBlobs(options: SweepOptions = {}): Promise<{ examined: number; removed: string[] }> {
  const storage = options.storage ?? blobStorage();
  const cutoff = (options.now ?? new Date()).getTime() - (options.graceMs ?? ORPHAN_GRACE_MS);
  const removed: string[] = [];
  let examined = 0;
  let batch: string[] = [];
  const settle = async () => {
    const referenced = await referencedAmong(batch);
    for (const sha256 of batch) {
      if (referenced.has(sha256)) continue;
      const storedAt = await storage.storedAt(sha256);
      if (!storedAt || storedAt.getTime() > cutoff) continue; // stored again meanwhile
      await storage.remove(sha256);
      removed.push(sha256);
    }
    batch = [];
  };
  for await (const blob of storage.list()) {
    examined++;
    if (blob.storedAt.getTime() > cutoff) continue;
    batch.push(blob.sha256);
    if (batch.length >= BATCH) await settle();
  }
  if (batch.length) await settle();
  return { examined, removed };
}

/** Which of `hashes` an attachment row or a version snapshot refers to. */
async function referencedAmong(hashes: string[]): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ sha256: string }[]>`
    SELECT a."sha256" FROM "Attachment" a WHERE a."sha256" = ANY(${hashes})
    UNION
    SELECT e->>'sha256' FROM "ContributionVersion" v, jsonb_array_elements(v."attachments") e
    WHERE jsonb_typeof(v."attachments") = 'array' AND e->>'sha256' = ANY(${hashes})`;
  return new Set(rows.map((r) => r.sha256));
}
