import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { handleAttachmentUpload } from "@/lib/http/attachment-upload";
import { handleAttachmentDownload } from "@/lib/http/attachment-download";
import { LocalDirectoryStorage } from "@/lib/storage/local-directory";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { createContribution, setStatus } from "../support/drafts";
import { makeDocx, makeElf, makePdf } from "../support/attachment-files";

const PDF = "application/pdf";
let world: World;
let dir: string;
let storage: LocalDirectoryStorage;
const limits = { maxBytes: 64 * 1024, maxCount: 5 };

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  dir = mkdtempSync(path.join(tmpdir(), "wsis-blobs-"));
  storage = new LocalDirectoryStorage(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const blobCount = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

/** A multipart request as a browser's fetch(FormData) sends it (undici encodes the body). */
function uploadRequest(bytes: Buffer, filename: string, type: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], filename, { type }));
  return new Request("http://localhost:3000/api/contributions/x/attachments", { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } });
}

describe("upload endpoint", () => {
  it("stores a PDF sent as multipart, keeping an Arabic file name, and answers 201 with the attachment", async () => {
    const draft = await createContribution(world);
    const res = await handleAttachmentUpload(await world.actor("contributor"), draft.id, uploadRequest(makePdf(), "مساهمة الوفد.pdf", PDF), { storage, limits });
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json).toMatchObject({ ok: true, data: { filename: "مساهمة الوفد.pdf", mediaType: PDF } });
    expect(await db.attachment.count()).toBe(1);
  });

  it("answers 415 ATTACHMENT_TYPE to an executable named .pdf and 413 ATTACHMENT_TOO_LARGE { limit } to an oversize file", async () => {
    const draft = await createContribution(world);
    const actor = await world.actor("contributor");
    const exe = await handleAttachmentUpload(actor, draft.id, uploadRequest(makeElf(), "setup.pdf", PDF), { storage, limits });
    expect([exe.status, await exe.json()]).toEqual([415, { ok: false, code: "ATTACHMENT_TYPE", params: {} }]);
    // Without a Content-Length (streamed body): refused by the store while streaming.
    const big = Buffer.concat([makePdf(), Buffer.alloc(200 * 1024, 0x20)]);
    const over = await handleAttachmentUpload(actor, draft.id, uploadRequest(big, "big.pdf", PDF), { storage, limits });
    expect([over.status, await over.json()]).toEqual([413, { ok: false, code: "ATTACHMENT_TOO_LARGE", params: { limit: 64 * 1024 } }]);
    // With a Content-Length over the limit: refused before reading.
    const declared = await handleAttachmentUpload(actor, draft.id, uploadRequest(big, "big.pdf", PDF, { "content-length": String(10 * 1024 * 1024) }), { storage, limits });
    expect(declared.status).toBe(413);
    expect(blobCount()).toBe(0);
    expect(await db.attachment.count()).toBe(0);
  });

  it("answers 404 to the public and to another organisation, 409 to a submitted contribution, 403 cross-site", async () => {
    const draft = await createContribution(world);
    expect((await handleAttachmentUpload(ANONYMOUS, draft.id, uploadRequest(makePdf(), "a.pdf", PDF), { storage, limits })).status).toBe(404);
    expect((await handleAttachmentUpload(await world.actor("otherOrg"), draft.id, uploadRequest(makePdf(), "a.pdf", PDF), { storage, limits })).status).toBe(404);
    const crossSite = uploadRequest(makePdf(), "a.pdf", PDF, { origin: "https://evil.example" });
    expect((await handleAttachmentUpload(await world.actor("contributor"), draft.id, crossSite, { storage, limits })).status).toBe(403);
    await setStatus(draft.id, "SUBMITTED");
    const submitted = await handleAttachmentUpload(await world.actor("contributor"), draft.id, uploadRequest(makePdf(), "a.pdf", PDF), { storage, limits });
    expect([submitted.status, await submitted.json()]).toEqual([409, { ok: false, code: "INVALID_TRANSITION", params: { status: "SUBMITTED" } }]);
    expect(blobCount()).toBe(0);
  });

  it("keeps no partial file and no row when the client goes away mid-upload", async () => {
    const draft = await createContribution(world);
    const boundary = "----bench-boundary";
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const pdf = makePdf();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(Buffer.concat([head, pdf.subarray(0, 300)])));
        setTimeout(() => controller.error(new Error("client went away")), 20);
      },
    });
    const request = new Request("http://localhost/x", { method: "POST", body, duplex: "half", headers: { "content-type": `multipart/form-data; boundary=${boundary}` } } as RequestInit);
    const res = await handleAttachmentUpload(await world.actor("contributor"), draft.id, request, { storage, limits });
    expect(res.status).toBe(500);
    expect(blobCount()).toBe(0);
    expect(await db.attachment.count()).toBe(0);
  });

  it("answers 400 VALIDATION to a request without a file", async () => {
    const draft = await createContribution(world);
    const form = new FormData();
    form.append("note", "no file");
    const res = await handleAttachmentUpload(await world.actor("contributor"), draft.id, new Request("http://localhost/x", { method: "POST", body: form }), { storage, limits });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("download endpoint", () => {
  it("serves the bytes as an attachment with an RFC 5987 Arabic file name, nosniff, type and length", async () => {
    const draft = await createContribution(world);
    const docx = await makeDocx(["نص"]);
    const up = await handleAttachmentUpload(await world.actor("contributor"), draft.id, uploadRequest(docx, "مساهمة نهائية (2).docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), { storage, limits });
    const { data } = await up.json();
    const res = await handleAttachmentDownload(await world.actor("focalPoint"), data.id, { storage });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-length")).toBe(String(docx.length));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store, no-transform");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="______ ______ \(2\).docx"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1];
    expect(decodeURIComponent(encoded)).toBe("مساهمة نهائية (2).docx");
    expect(Buffer.from(await res.arrayBuffer()).equals(docx)).toBe(true);
  });

  it("answers 404 to unknown ids and to readers who may not see the contribution", async () => {
    const draft = await createContribution(world);
    const up = await handleAttachmentUpload(await world.actor("contributor"), draft.id, uploadRequest(makePdf(), "a.pdf", PDF), { storage, limits });
    const { data } = await up.json();
    expect((await handleAttachmentDownload(ANONYMOUS, data.id, { storage })).status).toBe(404);
    expect((await handleAttachmentDownload(await world.actor("otherOrg"), data.id, { storage })).status).toBe(404);
    expect((await handleAttachmentDownload(await world.actor("secretariat"), data.id, { storage })).status).toBe(404); // a draft
    expect((await handleAttachmentDownload(await world.actor("contributor"), "unknown", { storage })).status).toBe(404);
    await setStatus(draft.id, "ACCEPTED");
    const pub = await handleAttachmentDownload(ANONYMOUS, data.id, { storage });
    expect(pub.status).toBe(200);
    await pub.arrayBuffer();
  });
});
