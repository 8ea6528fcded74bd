/**
 * Blob storage on an S3-compatible server (lib/storage/s3.ts) against a real one started on
 * loopback (tests/support/s3-server.ts): the driver's contract (streamed both ways, content
 * addressed, nothing kept on failure), then attachments, an attachments ZIP export and its expiry
 * through the application's own configured store (STORAGE_DRIVER=s3).
 */
import { S3_BUCKET, s3Endpoint, stopS3 } from "../support/s3-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import JSZip from "jszip";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { S3Storage, blobStorage } from "@/lib/storage";
import { BlobNotFoundError, BlobTooLargeError } from "@/lib/storage/blob-storage";
import { addAttachment } from "@/lib/services/attachments/add-attachment";
import { getAttachmentForDownload } from "@/lib/services/attachments/get-attachment";
import { exportJobsIdle, openExportJobFile, resumeExportJobs, startExportJob } from "@/lib/services/exports/export-jobs";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { createContribution } from "../support/drafts";
import { makePdf } from "../support/attachment-files";

const storage = new S3Storage({ bucket: S3_BUCKET, client: { endpoint: s3Endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } } });
const keys = async () => ((await storage.client.send(new ListObjectsV2Command({ Bucket: S3_BUCKET }))).Contents ?? []).map((o) => o.Key!).sort();
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
/** `n` bytes in 64 KiB chunks, never all in one buffer on the way in. */
function chunks(n: number, seed: number): { stream: Readable; digest: string } {
  const hash = createHash("sha256");
  const list: Buffer[] = [];
  for (let i = 0; i < n; i += 65536) {
    const piece = Buffer.alloc(Math.min(65536, n - i), (i / 65536 + seed) % 251);
    hash.update(piece);
    list.push(piece);
  }
  return { stream: Readable.from(list), digest: hash.digest("hex") };
}

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
});
afterAll(stopS3);

describe("the S3 driver against a real S3-compatible server", () => {
  it("streams a 12 MB blob in (multipart) and out, stores it under its SHA-256 once, and keeps no temporary object", async () => {
    const { stream, digest } = chunks(12 * 1024 * 1024, 1);
    const stored = await storage.put(stream, { maxBytes: 20 * 1024 * 1024 });
    expect(stored).toEqual({ sha256: digest, size: 12 * 1024 * 1024 });
    expect(sha(await buffer(await storage.open(digest)))).toBe(digest);
    expect(await storage.put(chunks(12 * 1024 * 1024, 1).stream, { maxBytes: 20 * 1024 * 1024 })).toEqual(stored);
    expect(await keys()).toEqual([`blobs/${digest}`]);
    expect(await storage.exists(digest)).toBe(true);
    await storage.remove(digest);
    expect(await storage.exists(digest)).toBe(false);
    await expect(storage.open(digest)).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it("refuses content over the limit while it arrives and keeps nothing of it", async () => {
    await expect(storage.put(chunks(7 * 1024 * 1024, 2).stream, { maxBytes: 6 * 1024 * 1024 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await keys()).toEqual([]);
  });

  it("keeps named files (exports) apart from blobs, and refuses names that could escape", async () => {
    await storage.putFile("exports/job1.csv", Readable.from([Buffer.from("a,b\n1,2\n")]));
    expect((await buffer(await storage.openFile("exports/job1.csv"))).toString()).toBe("a,b\n1,2\n");
    await storage.removeFile("exports/job1.csv");
    await expect(storage.openFile("exports/job1.csv")).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(storage.openFile("../etc/passwd")).rejects.toThrow(/Not a stored file name/);
    expect(await keys()).toEqual([]);
  });
});

describe("the application on STORAGE_DRIVER=s3", () => {
  it("stores attachments in the bucket, serves them back, zips them in a background export, and removes the export when it expires", { timeout: 60_000 }, async () => {
    expect(blobStorage()).toBeInstanceOf(S3Storage);
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const pdf = makePdf("Stored in S3");
    const added = await addAttachment(actor, { contributionId: draft.id, filename: "Proposal.pdf", declaredType: "application/pdf", content: Readable.from([pdf]) });
    expect(await keys()).toContain(`blobs/${sha(pdf)}`);
    const download = await getAttachmentForDownload(actor, added.id);
    expect(await buffer(download!.content)).toEqual(pdf);

    // Submitted with its attachment, then exported as a ZIP of the selection's attachments.
    await db.contribution.update({ where: { id: draft.id }, data: { status: "SUBMITTED", referenceNumber: "WSIS20-C-9999" } });
    const secretariat = await world.actor("secretariat");
    const { page: _p, size: _s, ...all } = parseQueueQuery({});
    const { id } = await startExportJob(secretariat, { format: "zip", filter: all, locale: "en" });
    await exportJobsIdle();
    const job = await db.exportJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("DONE");
    expect(await keys()).toContain(`exports/${job.filePath}`);
    const file = await openExportJobFile(secretariat, id);
    const zip = await JSZip.loadAsync(await buffer(file.stream));
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    expect(entries.length).toBeGreaterThan(0);
    expect(await entries[0].async("nodebuffer")).toEqual(pdf);

    // Expired: the sweep removes the object from the bucket, and the download is gone.
    await resumeExportJobs(new Date(job.expiresAt.getTime() + 1));
    expect(await keys()).not.toContain(`exports/${job.filePath}`);
    await expect(openExportJobFile(secretariat, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
