import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { addAttachment, type AddAttachmentInput } from "@/lib/services/attachments/add-attachment";
import { removeAttachment } from "@/lib/services/attachments/remove-attachment";
import { getAttachmentForDownload, listAttachments } from "@/lib/services/attachments/get-attachment";
import { docxToText, extractDocxText } from "@/lib/services/attachments/extract-docx-text";
import { LocalDirectoryStorage } from "@/lib/storage/local-directory";
import { BlobTooLargeError } from "@/lib/storage/blob-storage";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { createContribution, setStatus } from "../support/drafts";
import { makeDocx, makeDocxBomb, makeElf, makeHtml, makeOdt, makePdf, makePe } from "../support/attachment-files";
import { docxXmlWithin } from "@/lib/services/attachments/docx-xml-size";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT = "application/vnd.oasis.opendocument.text";

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

/** Every file under the store (blobs and any temporary file). */
function filesInStore(): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

function input(contributionId: string, filename: string, declaredType: string | null, bytes: Buffer): AddAttachmentInput {
  return { contributionId, filename, declaredType, content: Readable.from([bytes]) };
}

describe("adding attachments", () => {
  it("accepts a real PDF, DOCX and ODT, stores each by SHA-256 and audits each in the row's transaction", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const docx = await makeDocx(["Hello"]);
    const pdf = await addAttachment(actor, input(draft.id, "Proposal.pdf", PDF, makePdf()), { storage, limits });
    const word = await addAttachment(actor, input(draft.id, "Proposal.DOCX", DOCX, docx), { storage, limits });
    const odt = await addAttachment(actor, input(draft.id, "اقتراح.odt", ODT, makeOdt()), { storage, limits });
    expect([pdf.mediaType, word.mediaType, odt.mediaType]).toEqual([PDF, DOCX, ODT]);
    expect(odt.filename).toBe("اقتراح.odt");
    expect(word.size).toBe(docx.length);
    const rows = await db.attachment.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(3);
    const { createHash } = await import("node:crypto");
    expect(rows[1].sha256).toBe(createHash("sha256").update(docx).digest("hex"));
    expect(await storage.exists(rows[1].sha256)).toBe(true);
    expect(filesInStore()).toHaveLength(3);
    const audits = await db.auditEvent.findMany({ where: { contributionId: draft.id } });
    expect(audits.map((a) => a.action)).toEqual(["attachment.add", "attachment.add", "attachment.add"]);
    expect((await listAttachments(actor, draft.id)).map((a) => a.filename)).toEqual(["Proposal.pdf", "Proposal.DOCX", "اقتراح.odt"]);
  });

  it.each([
    ["a renamed Linux executable", "report.pdf", PDF, makeElf()],
    ["a renamed Windows executable", "report.pdf", PDF, makePe()],
    ["an HTML page named .pdf", "report.pdf", PDF, makeHtml()],
    ["a PDF declared as HTML", "report.pdf", "text/html", makePdf()],
    ["a PDF named .exe", "report.exe", "application/octet-stream", makePdf()],
    ["an ODT named .docx", "report.docx", DOCX, makeOdt()],
  ])("refuses %s with ATTACHMENT_TYPE and stores nothing", async (_name, filename, type, bytes) => {
    const draft = await createContribution(world);
    await expect(addAttachment(await world.actor("contributor"), input(draft.id, filename, type, bytes), { storage, limits })).rejects.toMatchObject({ code: "ATTACHMENT_TYPE" });
    expect(await db.attachment.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(filesInStore()).toEqual([]);
  });

  it("refuses a DOCX renamed .pdf and stores nothing", async () => {
    const draft = await createContribution(world);
    const docx = await makeDocx(["Not a PDF"]);
    await expect(addAttachment(await world.actor("contributor"), input(draft.id, "report.pdf", PDF, docx), { storage, limits })).rejects.toMatchObject({ code: "ATTACHMENT_TYPE" });
    expect(await db.attachment.count()).toBe(0);
    expect(filesInStore()).toEqual([]);
  });

  it("refuses a file over the limit with the limit, while streaming, and keeps no partial file", async () => {
    const draft = await createContribution(world);
    let produced = 0;
    // 1 MiB in 16 KiB chunks against a 64 KiB limit: the store must stop long before the end.
    async function* big() {
      const head = makePdf();
      yield head;
      for (produced = head.length; produced < 1024 * 1024; produced += 16 * 1024) yield Buffer.alloc(16 * 1024, 0x20);
    }
    await expect(
      addAttachment(await world.actor("contributor"), { contributionId: draft.id, filename: "big.pdf", declaredType: PDF, content: big() }, { storage, limits }),
    ).rejects.toMatchObject({ code: "ATTACHMENT_TOO_LARGE", params: { limit: 64 * 1024 } });
    expect(produced).toBeLessThan(200 * 1024);
    expect(filesInStore()).toEqual([]);
    expect(await db.attachment.count()).toBe(0);
  });

  it("accepts a file of exactly the limit", async () => {
    const draft = await createContribution(world);
    const exact = Buffer.concat([makePdf()]);
    const padded = Buffer.concat([exact, Buffer.alloc(limits.maxBytes - exact.length, 0x0a)]);
    const added = await addAttachment(await world.actor("contributor"), input(draft.id, "exact.pdf", PDF, padded), { storage, limits });
    expect(added.size).toBe(limits.maxBytes);
  });

  it("refuses a sixth file with the configured count", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    for (let i = 0; i < 5; i++) await addAttachment(actor, input(draft.id, `p${i}.pdf`, PDF, makePdf(`file ${i}`)), { storage, limits });
    await expect(addAttachment(actor, input(draft.id, "p5.pdf", PDF, makePdf("file 5")), { storage, limits })).rejects.toMatchObject({
      code: "ATTACHMENT_LIMIT",
      params: { count: 5 },
    });
    expect(await db.attachment.count()).toBe(5);
    expect(filesInStore()).toHaveLength(5);
  });

  it("does not let uploads racing at the limit make a sixth file", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    for (let i = 0; i < 4; i++) await addAttachment(actor, input(draft.id, `p${i}.pdf`, PDF, makePdf(`file ${i}`)), { storage, limits });
    const results = await Promise.allSettled([5, 6, 7].map((i) => addAttachment(actor, input(draft.id, `p${i}.pdf`, PDF, makePdf(`file ${i}`)), { storage, limits })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.attachment.count({ where: { contributionId: draft.id } })).toBe(5);
    expect(filesInStore()).toHaveLength(5);
  });

  it("answers NOT_FOUND to another organisation's member and to the public, FORBIDDEN to nobody, and stores nothing", async () => {
    const draft = await createContribution(world);
    for (const actor of [await world.actor("otherOrg"), ANONYMOUS, await world.actor("outsider"), await world.actor("secretariat")]) {
      await expect(addAttachment(actor, input(draft.id, "p.pdf", PDF, makePdf()), { storage, limits })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(addAttachment(await world.actor("contributor"), input("no-such-id", "p.pdf", PDF, makePdf()), { storage, limits })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(filesInStore()).toEqual([]);
  });

  it("refuses changes to a submitted or accepted contribution with its status; accepts them when changes were requested", async () => {
    const actor = await world.actor("contributor");
    for (const status of ["SUBMITTED", "UNDER_REVIEW", "ACCEPTED", "REJECTED"] as const) {
      const c = await createContribution(world, status);
      await expect(addAttachment(actor, input(c.id, "p.pdf", PDF, makePdf()), { storage, limits })).rejects.toMatchObject({ code: "INVALID_TRANSITION", params: { status } });
    }
    expect(filesInStore()).toEqual([]);
    const sentBack = await createContribution(world, "CHANGES_REQUESTED");
    await expect(addAttachment(actor, input(sentBack.id, "p.pdf", PDF, makePdf()), { storage, limits })).resolves.toMatchObject({ mediaType: PDF });
  });

  it("leaves no blob and no row when the database write fails after storing", async () => {
    const draft = await createContribution(world);
    // A real failure of the database, not a mock: the insert raises.
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_attachment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_attachment BEFORE INSERT ON "Attachment" FOR EACH ROW EXECUTE FUNCTION fail_attachment()`);
    try {
      await expect(addAttachment(await world.actor("contributor"), input(draft.id, "p.pdf", PDF, makePdf()), { storage, limits })).rejects.toThrow(/disk full/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_attachment ON "Attachment"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_attachment()`);
    }
    expect(filesInStore()).toEqual([]);
    expect(await db.attachment.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    // The contribution and its text are untouched.
    expect((await db.contribution.findUniqueOrThrow({ where: { id: draft.id } })).body).toBe("Body.");
  });

  it("keeps a blob another contribution uses when a database write fails", async () => {
    const actor = await world.actor("contributor");
    const first = await createContribution(world);
    const second = await createContribution(world);
    const pdf = makePdf("shared");
    await addAttachment(actor, input(first.id, "p.pdf", PDF, pdf), { storage, limits });
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_attachment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_attachment BEFORE INSERT ON "Attachment" FOR EACH ROW EXECUTE FUNCTION fail_attachment()`);
    try {
      await expect(addAttachment(actor, input(second.id, "p.pdf", PDF, pdf), { storage, limits })).rejects.toThrow(/simulated/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_attachment ON "Attachment"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_attachment()`);
    }
    expect(filesInStore()).toHaveLength(1);
  });

  it("stores the same file once: one blob for two contributions, one row for the same contribution", async () => {
    const actor = await world.actor("contributor");
    const a = await createContribution(world);
    const b = await createContribution(world);
    const pdf = makePdf("same");
    const first = await addAttachment(actor, input(a.id, "one.pdf", PDF, pdf), { storage, limits });
    const again = await addAttachment(actor, input(a.id, "one-again.pdf", PDF, pdf), { storage, limits });
    await addAttachment(actor, input(b.id, "other.pdf", PDF, pdf), { storage, limits });
    expect(again.id).toBe(first.id);
    expect(await db.attachment.count()).toBe(2);
    expect(filesInStore()).toHaveLength(1);
  });
});

describe("storage", () => {
  it("keeps no temporary file when the source fails mid-way, and refuses a non-hash key", async () => {
    async function* broken() {
      yield Buffer.alloc(1000);
      throw new Error("connection reset");
    }
    await expect(storage.put(broken(), { maxBytes: 10_000 })).rejects.toThrow(/connection reset/);
    await expect(storage.put(Readable.from([Buffer.alloc(10)]), { maxBytes: 9 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(filesInStore()).toEqual([]);
    await expect(storage.exists("../../etc/passwd")).rejects.toThrow(/SHA-256/);
  });

  it("stores under a sharded path by hash and reads back the same bytes", async () => {
    const bytes = makePdf("round trip");
    const { sha256, size } = await storage.put(Readable.from([bytes]), { maxBytes: 1e6 });
    expect(size).toBe(bytes.length);
    expect(storage.pathOf(sha256)).toBe(path.join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect((await buffer(await storage.open(sha256))).equals(bytes)).toBe(true);
    await storage.remove(sha256);
    expect(await storage.exists(sha256)).toBe(false);
  });
});

describe("removing and reading attachments", () => {
  it("removes the row with an audit event, and the blob once unused", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const added = await addAttachment(actor, input(draft.id, "p.pdf", PDF, makePdf()), { storage, limits });
    await expect(removeAttachment(await world.actor("otherOrg"), added.id, { storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeAttachment(await world.actor("focalPoint"), added.id, { storage });
    expect(await db.attachment.count()).toBe(0);
    expect(filesInStore()).toEqual([]);
    expect((await db.auditEvent.findMany({ orderBy: { at: "asc" } })).map((e) => e.action)).toEqual(["attachment.add", "attachment.remove"]);
  });

  it("refuses to remove from a submitted contribution", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const added = await addAttachment(actor, input(draft.id, "p.pdf", PDF, makePdf()), { storage, limits });
    await setStatus(draft.id, "SUBMITTED");
    await expect(removeAttachment(actor, added.id, { storage })).rejects.toMatchObject({ code: "INVALID_TRANSITION", params: { status: "SUBMITTED" } });
    expect(filesInStore()).toHaveLength(1);
  });

  it("lets the public download attachments of accepted contributions only", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const pdf = makePdf("public");
    const added = await addAttachment(actor, input(draft.id, "p.pdf", PDF, pdf), { storage, limits });
    expect(await getAttachmentForDownload(ANONYMOUS, added.id, { storage })).toBeNull();
    expect(await getAttachmentForDownload(await world.actor("otherOrg"), added.id, { storage })).toBeNull();
    expect(await listAttachments(ANONYMOUS, draft.id)).toEqual([]);
    await setStatus(draft.id, "ACCEPTED");
    const download = await getAttachmentForDownload(ANONYMOUS, added.id, { storage });
    expect(download?.mediaType).toBe(PDF);
    expect((await buffer(download!.content)).equals(pdf)).toBe(true);
  });
});

describe("DOCX text", () => {
  it("extracts English and Arabic paragraphs with mammoth", async () => {
    const arabic = "تدعو المجموعة العربية إلى تعزيز دور الاتحاد الدولي للاتصالات في خطي العمل ج2 وج5.";
    const text = await docxToText(await makeDocx(["Contribution of Exampleland", arabic], { rightToLeft: true }));
    expect(text.trim().split(/\n+/)).toEqual(["Contribution of Exampleland", arabic]);
  });

  it("keeps one line per paragraph (not a blank line between each) and the footnotes, as numbered notes at the end (issue 12 item 12)", async () => {
    const { Document, Packer, Paragraph, TextRun, FootnoteReferenceRun } = await import("docx");
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph("Including least developed countries & small island developing States.")] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun("Participation by developing countries"), new FootnoteReferenceRun(1), new TextRun(" is needed.")] }), new Paragraph("Second paragraph.")] }],
    });
    const text = await docxToText(await Packer.toBuffer(doc));
    expect(text).toBe("Participation by developing countries[1] is needed.\nSecond paragraph.\n\n[1] Including least developed countries & small island developing States.");
  });

  it("gives an editor the text of a DOCX attachment, refuses a PDF, and hides it from others", async () => {
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const docx = await addAttachment(actor, input(draft.id, "نص.docx", DOCX, await makeDocx(["نص المساهمة"])), { storage, limits });
    const pdf = await addAttachment(actor, input(draft.id, "p.pdf", PDF, makePdf()), { storage, limits });
    expect((await extractDocxText(actor, docx.id, { storage })).trim()).toBe("نص المساهمة");
    await expect(extractDocxText(actor, pdf.id, { storage })).rejects.toMatchObject({ code: "ATTACHMENT_TYPE" });
    await expect(extractDocxText(await world.actor("otherOrg"), docx.id, { storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(extractDocxText(ANONYMOUS, docx.id, { storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to read a DOCX whose XML inflates past the cap (ZIP bomb) before mammoth sees it", async () => {
    const bomb = await makeDocxBomb(60 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(docxXmlWithin(await makeDocx(["small"]))).toBe(true);
    expect(docxXmlWithin(bomb)).toBe(false);
    const actor = await world.actor("contributor");
    const draft = await createContribution(world);
    const added = await addAttachment(actor, input(draft.id, "bomb.docx", DOCX, bomb), { storage, limits: { maxBytes: 1024 * 1024, maxCount: 5 } });
    await expect(extractDocxText(actor, added.id, { storage })).rejects.toMatchObject({ code: "DOCX_TEXT_TOO_LARGE" });
  });
});
