/**
 * The orphan-blob sweep of `maintenance.sweep` (lib/services/attachments/sweep-orphan-blobs.ts)
 * on both drivers: the local directory and a real S3-compatible server (s3rver on loopback).
 * A blob an attachment or a version snapshot refers to stays; an orphan stays during the grace
 * period and is removed after it; a re-upload of an old blob renews it.
 */
import { S3_BUCKET, s3Endpoint, stopS3 } from "../support/s3-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { LocalDirectoryStorage, S3Storage, type BlobStorage } from "@/lib/storage";
import { sweepOrphanBlobs } from "@/lib/services/attachments/sweep-orphan-blobs";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { createContribution } from "../support/drafts";

const DAY = 24 * 60 * 60 * 1000;
const localDir = mkdtempSync(path.join(tmpdir(), "wsis-orphans-"));
const drivers: [string, BlobStorage][] = [
  ["local directory", new LocalDirectoryStorage(localDir)],
  ["S3-compatible server", new S3Storage({ bucket: S3_BUCKET, prefix: "orphans/", client: { endpoint: s3Endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } } })],
];
const put = (storage: BlobStorage, text: string) => storage.put(Readable.from([Buffer.from(text)]), { maxBytes: 1024 });
const listed = async (storage: BlobStorage) => {
  const all: string[] = [];
  for await (const b of storage.list()) all.push(b.sha256);
  return all.sort();
};

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
});
afterAll(async () => {
  await stopS3();
  rmSync(localDir, { recursive: true, force: true });
});

describe.each(drivers)("orphan blobs on the %s", (name, storage) => {
  it("lists every blob, keeps what an attachment or a version refers to, removes orphans only after the grace period", async () => {
    const attached = await put(storage, `attached ${name}`);
    const versioned = await put(storage, `only in a version ${name}`);
    const orphan = await put(storage, `orphan ${name}`);
    const contribution = await createContribution(world);
    await db.attachment.create({ data: { contributionId: contribution.id, filename: "a.pdf", mediaType: "application/pdf", size: attached.size, sha256: attached.sha256, uploadedById: world.users.contributor.id } });
    await db.contributionVersion.create({
      data: { contributionId: contribution.id, number: 1, title: "t", summary: "s", body: "b", language: "en", actionLines: [], sdgs: [], answers: [], attachments: [{ id: "x", filename: "v.pdf", sha256: versioned.sha256, size: versioned.size }], createdById: world.users.contributor.id },
    });
    expect(await listed(storage)).toEqual([attached.sha256, versioned.sha256, orphan.sha256].sort());

    // Within the grace period (a day): nothing is removed, not even the orphan.
    expect((await sweepOrphanBlobs({ storage })).removed).toEqual([]);
    // Two days later: only the orphan goes.
    const later = new Date(Date.now() + 2 * DAY);
    const result = await sweepOrphanBlobs({ storage, now: later });
    expect(result).toEqual({ examined: 3, removed: [orphan.sha256] });
    expect(await storage.exists(orphan.sha256)).toBe(false);
    expect(await storage.exists(attached.sha256)).toBe(true);
    expect(await storage.exists(versioned.sha256)).toBe(true);
    // Its removal is final and the sweep idempotent.
    expect((await sweepOrphanBlobs({ storage, now: later })).removed).toEqual([]);
  });
});

describe("a re-upload of an old blob renews it (the local directory)", () => {
  it("is not swept as an orphan of last week", async () => {
    const storage = new LocalDirectoryStorage(localDir);
    const blob = await put(storage, "uploaded last week, again today");
    const lastWeek = new Date(Date.now() - 7 * DAY);
    utimesSync(storage.pathOf(blob.sha256), lastWeek, lastWeek);
    expect((await storage.storedAt(blob.sha256))!.getTime()).toBeLessThan(Date.now() - 6 * DAY);
    await put(storage, "uploaded last week, again today");
    expect((await storage.storedAt(blob.sha256))!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await sweepOrphanBlobs({ storage })).removed).not.toContain(blob.sha256);
  });
});
