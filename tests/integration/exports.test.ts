/**
 * Exports of the secretariat queue, every format parsed back as a reader's tool would: CSV with
 * csv-parse, XLSX with exceljs, DOCX by reading word/document.xml out of the zip. Built through
 * the services (submit, decide) on the real database, with the bad inputs of the issue: formula
 * titles, a 40,000-character body, an Arabic title mixing Latin codes and numbers, a Chinese one.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { exportResponse } from "@/lib/services/exports/export-response";
import { loadExportRecords } from "@/lib/services/exports/load-export-records";
import { exportLabels } from "@/lib/exports/labels";
import { EXCEL_CELL_LIMIT } from "@/lib/exports/xlsx";
import { ANONYMOUS, type Actor } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/load-actor";
import { parseQueueQuery, QUEUE_SORTS } from "@/lib/schemas/queue";
import { Readable } from "node:stream";
import { blobStorage } from "@/lib/storage";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

const FORMULAS = ['=HYPERLINK("http://x","y")', "+1 more for C5", "-2 percent", "@SUM(A1)"];
const ARABIC_TITLE = "مقترح بشأن C7 (2025)";
const ARABIC_BODY = "تدعو هذه المساهمة إلى تعزيز خط العمل C7 بحلول عام 2030.\nالفقرة الثانية من النص.";
const CHINESE_TITLE = "关于信息获取的建议（C3）";
const CHINESE_BODY = "本文建议加强信息和知识获取。\n第二段。";
const LONG_BODY = ("Long text for the CWG. ".repeat(2000)).slice(0, 40_000 - 12) + "<<LAST-12>>.";
const SECRET_REASON = "Internal reason: not for the compilation";
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

let world: World;
let secretariat: Actor;
let ids: Record<string, string>;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  const other = await world.actor("otherOrg");
  const s = await world.actor("secretariat");
  const q1 = world.consultation.guidingQuestions[0].id;
  const submit = async (actor: Actor, overrides: Parameters<typeof contributionInput>[1]) => (await submitContribution(actor, contributionInput(world, overrides))).id;
  ids = {};
  for (const [i, title] of FORMULAS.entries()) ids[`formula${i}`] = await submit(c, { title, summary: `=1+1 summary ${i}`, actionLines: ["C5"] });
  ids.long = await submit(c, { title: "A very long contribution", body: LONG_BODY, actionLines: ["C1"] });
  ids.arabic = await submit(other, {
    organisationId: world.etu.id,
    title: ARABIC_TITLE,
    summary: "ملخص المساهمة بشأن C7.",
    body: ARABIC_BODY,
    language: "ar",
    actionLines: ["C7", "C2"],
    answers: [{ questionId: q1, text: "إجابة عن السؤال الأول (2025)." }],
  });
  ids.chinese = await submit(c, { title: CHINESE_TITLE, summary: "摘要。", body: CHINESE_BODY, language: "zh", actionLines: ["C3"], answers: [{ questionId: q1, text: "回答第一个问题。" }] });
  ids.rejected = await submit(other, { organisationId: world.etu.id, title: "Rejected by the secretariat", actionLines: ["C4"] });
  for (const id of [ids.formula0, ids.long, ids.arabic, ids.chinese]) await decideContribution(s, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  await decideContribution(s, { decision: "reject", contributionId: ids.rejected, expectedStatus: "SUBMITTED", reason: SECRET_REASON });
  // A draft of EXA, and a secretariat member who is also a verified member of EXA: the scope is an
  // OR, so without the queue's own "not a draft" the draft would reach the export.
  await db.contribution.create({
    data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title: "Draft never exported", summary: "s", body: "b", language: "en", actionLines: ["C1"] },
  });
  await db.membership.create({ data: { userId: world.users.secretariat.id, organisationId: world.exa.id, role: "CONTRIBUTOR", verifiedAt: new Date() } });
  secretariat = (await loadActor(world.users.secretariat.id))!;
});

async function download(actor: Actor, params: Record<string, string>) {
  const res = await exportResponse(actor, new URLSearchParams(params), new Date("2026-11-30T10:00:00Z"));
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

function expectNothingPrivate(text: string) {
  expect(text).not.toContain("Draft never exported");
  expect(text).not.toContain(SECRET_REASON);
  expect(text).not.toMatch(EMAIL);
}

describe("CSV", () => {
  it("Excel variant: BOM, CRLF, every row, formulas neutralised, Arabic and Chinese intact, full long text", async () => {
    const { res, bytes } = await download(secretariat, { format: "csv-excel", locale: "en" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="wsis20-contributions-2026-11-30.csv"');
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const rows: string[][] = parse(bytes, { bom: true, relax_column_count: false });
    const labels = exportLabels("en");
    const col = (key: string) => rows[0].indexOf(labels.t(`columns.${key}` as never));
    expect(rows).toHaveLength(1 + 8); // header + every non-draft
    const titles = rows.slice(1).map((r) => r[col("title")]);
    expect(titles).toEqual(expect.arrayContaining([`'${FORMULAS[0]}`, `'${FORMULAS[1]}`, `'${FORMULAS[2]}`, `'${FORMULAS[3]}`, ARABIC_TITLE, CHINESE_TITLE]));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const long = rows.find((r) => r[col("title")] === "A very long contribution")!;
    expect(long[col("body")]).toBe(LONG_BODY);
    const arabic = rows.find((r) => r[col("title")] === ARABIC_TITLE)!;
    expect(arabic[col("body")]).toBe(ARABIC_BODY);
    expect(arabic[col("actionLines")]).toBe("C7, C2");
    expect(rows.find((r) => r[col("title")] === CHINESE_TITLE)![col("body")]).toBe(CHINESE_BODY);
    expectNothingPrivate(bytes.toString("utf8"));
  });

  it("plain variant: no BOM, LF only; Arabic headers for an Arabic interface", async () => {
    const { bytes } = await download(secretariat, { format: "csv", locale: "ar" });
    expect(bytes[0]).not.toBe(0xef);
    expect(bytes.toString("utf8")).not.toContain("\r\n");
    const rows: string[][] = parse(bytes);
    expect(rows[0]).toContain("العنوان");
    expect(rows.slice(1).map((r) => r[rows[0].indexOf("العنوان")])).toContain(ARABIC_TITLE);
    expectNothingPrivate(bytes.toString("utf8"));
  });
});

describe("XLSX", () => {
  it("string and date cells only, right-to-left Arabic, truncation with a note, text verbatim", async () => {
    const { res, bytes } = await download(secretariat, { format: "xlsx", locale: "en" });
    expect(res.headers.get("content-disposition")).toContain("wsis20-contributions-2026-11-30.xlsx");
    // The sheet's XML: no formula anywhere, text only as inline strings.
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect([...new Set([...sheetXml.matchAll(/ t="(\w+)"/g)].map((m) => m[1]))]).toEqual(["inlineStr"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const labels = exportLabels("en");
    const header: string[] = [];
    sheet.getRow(1).eachCell((cell) => header.push(cell.text));
    const col = (key: string) => header.indexOf(labels.t(`columns.${key}` as never)) + 1;
    expect(sheet.rowCount).toBe(9);
    const byTitle = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect([ExcelJS.ValueType.RichText, ExcelJS.ValueType.Date]).toContain(cell.type);
        expect(cell.formula).toBeFalsy();
        expect(cell.text.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
      });
      byTitle.set(row.getCell(col("title")).text, row);
    });
    for (const f of FORMULAS) expect(byTitle.has(f)).toBe(true); // verbatim: a string cell is never evaluated
    const arabic = byTitle.get(ARABIC_TITLE)!.getCell(col("title"));
    expect(arabic.alignment).toMatchObject({ readingOrder: "rtl", horizontal: "right" });
    expect(byTitle.get("A very long contribution")!.getCell(col("title")).alignment?.readingOrder).not.toBe("rtl");
    expect(byTitle.get(CHINESE_TITLE)!.getCell(col("body")).text).toBe(CHINESE_BODY);
    expect(byTitle.get(ARABIC_TITLE)!.getCell(col("body")).text).toBe(ARABIC_BODY);
    const long = byTitle.get("A very long contribution")!.getCell(col("body")).text;
    expect(long.length).toBe(EXCEL_CELL_LIMIT);
    expect(long.startsWith(LONG_BODY.slice(0, 30_000))).toBe(true);
    expect(long).toMatch(/\[Truncated here: the full text has 40,000 characters\. See the JSON or Word export\.\]$/);
    expect(byTitle.get(ARABIC_TITLE)!.getCell(col("submittedAt")).type).toBe(ExcelJS.ValueType.Date);
    expectNothingPrivate(JSON.stringify(sheet.getSheetValues()));
  });

  it("gives an Arabic interface a right-to-left sheet with Arabic headers", async () => {
    const { bytes } = await download(secretariat, { format: "xlsx", locale: "ar" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("المساهمات");
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
    expect(sheet.getRow(1).getCell(4).text).toBe("العنوان");
  });
});

describe("JSON", () => {
  it("is complete and lossless, with internal fields and nothing private", async () => {
    const { res, bytes } = await download(secretariat, { format: "json" });
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const records = JSON.parse(bytes.toString("utf8"));
    expect(records).toHaveLength(8);
    const byTitle = new Map(records.map((r: { title: string }) => [r.title, r]));
    expect(byTitle.get("A very long contribution")).toMatchObject({ body: LONG_BODY, actionLines: ["C1"] });
    expect(byTitle.get(ARABIC_TITLE)).toMatchObject({
      body: ARABIC_BODY,
      language: "ar",
      organisation: { name: "Example Telecommunications Union", shortCode: "ETU" },
      answers: [{ position: 1, text: "إجابة عن السؤال الأول (2025)." }],
      internal: { id: ids.arabic, status: "ACCEPTED" },
    });
    expect((byTitle.get(ARABIC_TITLE) as { documentNumber: string }).documentNumber).toMatch(/^CWG-WSIS&SDG\/WSIS20\/\d+$/);
    for (const f of FORMULAS) expect(byTitle.has(f)).toBe(true);
    expect(byTitle.get(CHINESE_TITLE)).toMatchObject({ body: CHINESE_BODY });
    expectNothingPrivate(bytes.toString("utf8"));
    expect(bytes.toString("utf8")).not.toMatch(/"(email|createdBy|createdById|decisionNote|extensionReason|auditEvents)"/);
  });

  it("keeps the order of answers and language versions, and the instants as stored", async () => {
    // Written out of order, so an ORDER BY lost in the export's SQL shows.
    const questions = await db.guidingQuestion.findMany({ where: { consultationId: world.consultation.id }, orderBy: { position: "asc" } });
    expect(questions.length).toBeGreaterThanOrEqual(2);
    await db.contributionAnswer.deleteMany({ where: { contributionId: ids.chinese } });
    await db.contributionAnswer.create({ data: { contributionId: ids.chinese, questionId: questions[1].id, text: "第二个回答。" } });
    await db.contributionAnswer.create({ data: { contributionId: ids.chinese, questionId: questions[0].id, text: "回答第一个问题。" } });
    const by = world.users.secretariat.id;
    for (const language of ["fr", "es"]) await db.languageVersion.create({ data: { contributionId: ids.chinese, language, title: `Titre ${language}`, body: `Texte ${language}`, createdById: by, updatedById: by } });
    try {
      const { bytes } = await download(secretariat, { format: "json" });
      const record = JSON.parse(bytes.toString("utf8")).find((r: { title: string }) => r.title === CHINESE_TITLE);
      expect(record.answers.map((a: { position: number; text: string }) => [a.position, a.text])).toEqual([
        [questions[0].position, "回答第一个问题。"],
        [questions[1].position, "第二个回答。"],
      ]);
      expect(record.languageVersions.map((v: { language: string }) => v.language)).toEqual(["es", "fr"]);
      const row = (await db.contribution.findUnique({ where: { id: ids.chinese } }))!;
      expect(record.submittedAt).toBe(row.submittedAt!.toISOString());
      expect(record.publishedAt).toBe(row.publishedAt?.toISOString() ?? null);
      expect(record.internal).toMatchObject({ decidedAt: row.decidedAt!.toISOString(), updatedAt: row.updatedAt.toISOString(), extendedUntil: null });
    } finally {
      await db.languageVersion.deleteMany({ where: { contributionId: ids.chinese } });
      await db.contributionAnswer.deleteMany({ where: { contributionId: ids.chinese, questionId: questions[1].id } });
    }
  });

  it("follows the queue's filter: only what the list shows", async () => {
    const { bytes } = await download(secretariat, { format: "json", status: "ACCEPTED", page: "2", size: "25" });
    const titles = JSON.parse(bytes.toString("utf8")).map((r: { title: string }) => r.title).sort();
    const listed = (await listQueue(secretariat, parseQueueQuery({ status: "ACCEPTED", size: "100" }))).rows.map((r) => r.title).sort();
    expect(titles).toEqual(listed);
    expect(titles).toHaveLength(4);
    expect(titles).not.toContain("Rejected by the secretariat");
  });
});

describe("DOCX", () => {
  async function documentXml(locale: string) {
    const { res, bytes } = await download(secretariat, { format: "docx", locale });
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(bytes);
    return zip.file("word/document.xml")!.async("string");
  }
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const paragraphs = (xml: string) =>
    [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ xml: m[0], text: unescape([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")) }));

  it("has a cover, a table of contents, chapters per Action Line, and each text intact", async () => {
    const xml = await documentXml("en");
    const ps = paragraphs(xml);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain("Compilation of contributions");
    expect(texts).toContain("Compiled on 30 November 2026");
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/); // a TOC field over headings 1–2
    for (const code of ["C1", "C2", "C3", "C5", "C7"]) expect(texts.some((t) => t.startsWith(`Action Line ${code}:`))).toBe(true);
    for (const f of FORMULAS) expect(texts).toContain(f);
    expect(texts).toContain(LONG_BODY);
    expect(texts).toContain(CHINESE_TITLE);
    // Several Action Lines: the full entry once (under C2, the first), a cross-reference under C7.
    expect(texts.filter((t) => t === "تدعو هذه المساهمة إلى تعزيز خط العمل C7 بحلول عام 2030.")).toHaveLength(1);
    expect(texts).toContain("The full text appears under Action Line C2.");
    expect(texts.indexOf("The full text appears under Action Line C2.")).toBeGreaterThan(texts.lastIndexOf("تدعو هذه المساهمة إلى تعزيز خط العمل C7 بحلول عام 2030."));
    expectNothingPrivate(texts.join("\n"));
  });

  it("writes Arabic paragraphs right-to-left with Latin codes in left-to-right runs, Chinese with a CJK font", async () => {
    const ps = paragraphs(await documentXml("en"));
    const arabicHeadings = ps.filter((p) => p.text === ARABIC_TITLE);
    expect(arabicHeadings.length).toBeGreaterThanOrEqual(2); // the entry, the cross-reference (and the TOC lines)
    for (const p of arabicHeadings.filter((h) => !h.xml.includes("TOC"))) {
      expect(p.xml).toContain("<w:bidi/>");
      const runs = [...p.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
      const arabicRun = runs.find((r) => r.includes("مقترح"))!;
      expect(arabicRun).toContain("<w:rtl/>");
      const latinRun = runs.find((r) => r.includes("C7 (2025)"))!;
      expect(latinRun).not.toContain("<w:rtl/>");
    }
    const arabicBody = ps.find((p) => p.text === "الفقرة الثانية من النص.")!;
    expect(arabicBody.xml).toContain("<w:bidi/>");
    expect(arabicBody.xml).toContain("<w:rtl/>");
    for (const text of [CHINESE_TITLE, "本文建议加强信息和知识获取。"]) {
      const p = ps.find((x) => x.text === text && !x.xml.includes("TOC"))!;
      expect(p.xml).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Sans CJK SC"/);
      expect(p.xml).not.toContain("<w:bidi/>");
    }
  });

  it("labels the document in Arabic for an Arabic interface, right-to-left", async () => {
    const ps = paragraphs(await documentXml("ar"));
    const compilation = ps.find((p) => p.text === "مجموعة المساهمات")!;
    expect(compilation.xml).toContain("<w:bidi/>");
    expect(ps.some((p) => p.text.startsWith("خط العمل C7"))).toBe(true);
  });
});

describe("ZIP of attachments", () => {
  async function attach(contributionId: string, filename: string, text: string) {
    const bytes = Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
    const { sha256, size } = await blobStorage().put(Readable.from([bytes]), { maxBytes: 1_000_000 });
    await db.attachment.create({ data: { contributionId, filename, mediaType: "application/pdf", size, sha256, uploadedById: world.users.contributor.id } });
    return sha256;
  }

  it("names folders by document (else reference) number, keeps names safe, streams the selection's files only", async () => {
    const draft = await db.contribution.findFirstOrThrow({ where: { title: "Draft never exported" } });
    await attach(ids.formula0, "../../evil.pdf", "evil");
    await attach(ids.formula0, "report.pdf", "first report");
    await attach(ids.formula0, "report.pdf", "second report");
    await attach(ids.formula0, "CON.pdf", "reserved");
    await attach(ids.chinese, "建议 (C3).pdf", "chinese");
    await attach(ids.rejected, "rejected:file?.pdf", "rejected");
    await attach(draft.id, "draft.pdf", "draft secret");
    const lost = await attach(ids.long, "lost.pdf", "lost");
    await db.attachment.updateMany({ where: { sha256: lost }, data: { sha256: "0".repeat(64) } }); // no such blob

    const { res, bytes } = await download(secretariat, { format: "zip", locale: "en" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="wsis20-attachments-2026-11-30.zip"');
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
    const records = new Map<string, { documentNumber: string | null; referenceNumber: string | null }>();
    for (const id of [ids.formula0, ids.chinese, ids.rejected, ids.long]) records.set(id, await db.contribution.findUniqueOrThrow({ where: { id }, select: { documentNumber: true, referenceNumber: true } }));
    const folder = (id: string) => (records.get(id)!.documentNumber ?? records.get(id)!.referenceNumber)!.replace(/\//g, "_");
    expect(folder(ids.formula0)).toMatch(/^CWG-WSIS&SDG_WSIS20_\d+$/);
    expect(names).toEqual(
      [
        `${folder(ids.formula0)}/.._.._evil.pdf`,
        `${folder(ids.formula0)}/report.pdf`,
        `${folder(ids.formula0)}/report (2).pdf`,
        `${folder(ids.formula0)}/_CON.pdf`,
        `${folder(ids.chinese)}/建议 (C3).pdf`,
        `${folder(ids.rejected)}/rejected_file_.pdf`,
        "_missing-files.txt",
      ].sort(),
    );
    for (const name of names) {
      expect(name.split("/").every((segment) => segment !== ".." && segment !== "." && !/[\\:*?"<>|]/.test(segment))).toBe(true);
    }
    expect(folder(ids.rejected)).toMatch(/^WSIS20-C-/);
    expect(await zip.file(`${folder(ids.formula0)}/report (2).pdf`)!.async("string")).toContain("second report");
    expect(await zip.file("_missing-files.txt")!.async("string")).toContain("lost.pdf");
    const everything = (await Promise.all(names.map((n) => zip.file(n)!.async("string")))).join("\n");
    expect(everything).not.toContain("draft secret");
    // The queue's filter applies: only accepted contributions' files.
    const accepted = await JSZip.loadAsync((await download(secretariat, { format: "zip", status: "ACCEPTED" })).bytes);
    expect(Object.keys(accepted.files).some((n) => n.startsWith("WSIS20-C-"))).toBe(false);
  });
});

describe("who may export", () => {
  it("gives contributors, other members and anonymous callers nothing", async () => {
    for (const key of ["contributor", "focalPoint", "otherOrg", "outsider"] as const) {
      const actor = await world.actor(key);
      const { res, bytes } = await download(actor, { format: "json" });
      expect(res.status).toBe(404);
      expect((await download(actor, { format: "zip" })).res.status).toBe(404);
      expect(bytes.toString("utf8")).not.toContain(ARABIC_TITLE);
      expect(() => loadExportRecords(actor, parseQueueQuery({}))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
    const anonymous = await download(ANONYMOUS, { format: "csv" });
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.bytes.toString("utf8")).not.toContain("Long text");
    expect(() => loadExportRecords(ANONYMOUS, parseQueueQuery({}))).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("refuses an unknown format", async () => {
    expect((await download(secretariat, { format: "exe" })).res.status).toBe(400);
    expect((await download(secretariat, {})).res.status).toBe(400);
  });
});

describe("the loader", () => {
  it("pages by keyset in exactly the queue's order, for every sort and direction, with equal keys", async () => {
    const c = await world.actor("contributor");
    for (let i = 0; i < 12; i++) await submitContribution(c, contributionInput(world, { title: "Same title" }));
    await db.contribution.updateMany({ where: { title: "Same title" }, data: { submittedAt: new Date("2026-11-01T00:00:00Z") } });
    for (const sort of QUEUE_SORTS) {
      for (const dir of ["asc", "desc"] as const) {
        const query = parseQueueQuery({ sort, dir, size: "100" });
        const listed = (await listQueue(secretariat, query)).rows.map((r) => r.id);
        const exported: string[] = [];
        for await (const r of loadExportRecords(secretariat, query, 5)) exported.push(r.internal.id);
        expect(exported, `${sort} ${dir}`).toEqual(listed);
      }
    }
  });

  it("keeps rows whose sort column is NULL (PostgreSQL: last ascending, first descending)", async () => {
    const some = await db.contribution.findMany({ where: { title: "Same title" }, select: { id: true }, take: 4 });
    await db.contribution.updateMany({ where: { id: { in: some.map((r) => r.id) } }, data: { submittedAt: null } }); // referenceNumber: a CHECK keeps it for non-drafts
    for (const sort of ["submittedAt"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const query = parseQueueQuery({ sort, dir, size: "100" });
        const listed = (await listQueue(secretariat, query)).rows.map((r) => r.id);
        const exported: string[] = [];
        for await (const r of loadExportRecords(secretariat, query, 3)) exported.push(r.internal.id);
        expect(exported, `${sort} ${dir}`).toEqual(listed);
      }
    }
  });

  it("reads lazily, a batch at a time: a row added after the first batch still arrives", async () => {
    const query = parseQueueQuery({ sort: "submittedAt", dir: "asc" });
    const records = loadExportRecords(secretariat, query, 3);
    const first = await records.next();
    expect(first.done).toBe(false);
    const c = await world.actor("contributor");
    const late = await submitContribution(c, contributionInput(world, { title: "Submitted during the download" }));
    await db.contribution.update({ where: { id: late.id }, data: { submittedAt: new Date("2099-01-01T00:00:00Z") } }); // sorts last
    const rest: string[] = [];
    for await (const r of records) rest.push(r.internal.id);
    expect(rest).toContain(late.id);
  });
});
