/**
 * Every spreadsheet export read back as a spreadsheet reads it, with the records counted
 * (issue 15 items 14–15, issue 12 item 10). Multi-paragraph text is the common case: bodies with
 * LF, CRLF and lone CR paragraphs, several answers (joined by blank lines), and lines that begin
 * like formulas.
 *
 * CSV is parsed with csv-parse told that any line break ends a record outside quotes, as Excel and
 * LibreOffice do: csv-parse's own default (the first line's delimiter only) would hide a bare LF
 * that Excel takes for a new row. XLSX is read with exceljs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { exportResponse } from "@/lib/services/exports/export-response";
import { GET as publicCsvGet } from "@/app/api/v1/contributions.csv/route";
import { fitExcelCell, xlsxStream } from "@/lib/exports/xlsx";
import { exportLabels } from "@/lib/exports/labels";
import type { ExportRecord } from "@/lib/exports/record";
import type { Actor } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

const N = 18;
const FORMULA_LINE = /^[=+\-@\t]/;
let world: World;
let secretariat: Actor;

const bodyOf = (i: number) =>
  [
    `Paragraph one of contribution ${i}.`,
    "",
    "Second paragraph, after a blank line.",
    '=HYPERLINK("http://evil.example","click")',
    "-2 percent is a line that starts like a formula",
    "@SUM(A1:A2)",
    "Last line.",
  ].join(["\n", "\r\n", "\r"][i % 3]);

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  secretariat = await world.actor("secretariat");
  const [q1, q2] = world.consultation.guidingQuestions;
  for (let i = 0; i < N; i++) {
    const { id } = await submitContribution(
      c,
      contributionInput(world, {
        title: `Input ${String(i).padStart(2, "0")}`,
        summary: i % 2 ? "One line summary." : "Summary line one.\n+ summary line two",
        actionLines: ["C5"],
        answers: [
          { questionId: q1.id, text: "First answer,\nover two lines." },
          ...(q2 ? [{ questionId: q2.id, text: "Second answer." }] : []),
        ],
      }),
    );
    // Written after submission, so every line-break form reaches the export as stored.
    await db.contribution.update({ where: { id }, data: { body: bodyOf(i) } });
    if (i % 2 === 0) await decideContribution(secretariat, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  }
});

/** Records as Excel reads a CSV: any CR, LF or CRLF outside quotes ends a row. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true });
}

async function download(params: Record<string, string>) {
  const res = await exportResponse(secretariat, new URLSearchParams(params), new Date("2026-11-30T10:00:00Z"));
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

function expectNoLineStartsAFormula(rows: string[][]) {
  for (const row of rows)
    for (const cell of row)
      for (const line of cell.split(/\r\n|\n|\r/)) expect(line, JSON.stringify(cell)).not.toMatch(FORMULA_LINE);
}

describe("CSV exports read back by a spreadsheet parser", () => {
  for (const format of ["csv", "csv-excel"]) {
    it(`${format}: one record per contribution, every column in every record, no line starts a formula`, async () => {
      const rows = readCsv((await download({ format, locale: "en" })).toString("utf8"));
      expect(rows).toHaveLength(N + 1);
      const width = rows[0].length;
      for (const row of rows) expect(row).toHaveLength(width);
      const body = rows[0].indexOf("Text");
      expect(body).toBeGreaterThan(-1);
      // The paragraphs are all there, in one cell.
      const one = rows.find((r) => r.some((cell) => cell.startsWith("Paragraph one of contribution 1.")))!;
      expect(one.find((cell) => cell.startsWith("Paragraph one"))).toContain("Last line.");
      expectNoLineStartsAFormula(rows);
    });
  }

  it("the public CSV: one record per published contribution, no line starts a formula", async () => {
    const res = publicCsvGet(new Request("http://localhost/api/v1/contributions.csv"));
    const rows = readCsv(Buffer.from(await res.arrayBuffer()).toString("utf8"));
    expect(rows).toHaveLength(N / 2 + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
    expectNoLineStartsAFormula(rows);
  });
});

describe("XLSX export read back by exceljs", () => {
  it("one row per contribution; text wraps; the document number column is readable", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download({ format: "xlsx", locale: "en" })) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.actualRowCount).toBe(N + 1);
    const header = (sheet.getRow(1).values as unknown[]).map((v) => (v && typeof v === "object" && "richText" in v ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("") : v));
    const bodyCol = header.indexOf("Text");
    const docCol = header.indexOf("Document number");
    expect(bodyCol).toBeGreaterThan(0);
    for (let r = 2; r <= N + 1; r++) expect(sheet.getRow(r).getCell(bodyCol).alignment?.wrapText).toBe(true);
    // "CWG-WSIS&SDG/WSIS20/1234" is 24 characters.
    expect(sheet.getColumn(docCol).width).toBeGreaterThanOrEqual(24);
  });

  it("the truncation note counts characters, not UTF-16 units", () => {
    const astral = "𝒜".repeat(200_000); // 200,000 characters, 400,000 UTF-16 units
    const cut = fitExcelCell(astral, (n) => `[${n}]`);
    expect(cut.endsWith("[200000]")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(32_767);
  });

  it("a truncated cell in the sheet gives its length in characters", async () => {
    const labels = exportLabels("en");
    const record = { referenceNumber: "R", documentNumber: null, title: "T", summary: "S", body: "𝒜".repeat(20_000), language: "en", type: "GENERAL_INPUT", actionLines: [], c7SubItems: [], sdgs: [], organisation: { name: "O", shortCode: "", membershipCategory: "MEMBER_STATE", stakeholderGroup: "GOVERNMENT", country: null, ituRegion: null }, consultation: { code: "X", title: "X" }, answers: [], proposals: [], submittedAt: null, publishedAt: null, internal: { id: "i", status: "SUBMITTED", decidedAt: null, updatedAt: new Date(), extendedUntil: null } } as unknown as ExportRecord;
    async function* one() {
      yield record;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of xlsxStream(one(), labels) as Readable) chunks.push(chunk as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0].getRow(2).getCell(6).value as { richText: { text: string }[] };
    expect(cell.richText[0].text).toContain("20,000 characters");
  });
});
