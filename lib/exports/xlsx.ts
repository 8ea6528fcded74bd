/**
 * XLSX export with exceljs's streaming WorkbookWriter: one worksheet, a frozen header row of
 * localised labels, then one row per contribution (same columns as the CSV, columns.ts).
 *
 * - Every cell is a string or a date cell, never a formula: text is written as an inline string
 *   (`t="inlineStr"`, ECMA-376 Part 1, 18.18.11; given to exceljs as one rich-text run, its only
 *   way to write one) and dates as date serials with a date format. exceljs writes plain JS
 *   strings as `t="str"`, which the standard defines as a formula's cached result and whose
 *   spaces a reader may trim; shared strings (`t="s"`) would keep every distinct text in memory
 *   until the end. A title such as `=HYPERLINK(…)` is therefore plain text, shown as typed (no
 *   apostrophe needed, unlike CSV).
 * - Text whose first strong character is right-to-left (Arabic) gets
 *   `alignment: { readingOrder: "rtl", horizontal: "right" }`; an Arabic interface also gets a
 *   right-to-left sheet.
 * - Excel holds at most 32,767 characters in a cell (Microsoft, "Excel specifications and limits",
 *   https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3,
 *   "Total number of characters that a cell can contain"). Longer text is cut and ends with a
 *   visible, localised note giving the full length; the full text is in the JSON and DOCX exports.
 *   The limit is counted in UTF-16 code units, as Excel counts it, and a cut never splits a
 *   surrogate pair; the note gives the full length in characters (code points), as a person counts
 *   them (a 200,000-character text in an astral script is 400,000 UTF-16 units).
 * - Text cells wrap (`wrapText`), so a multi-paragraph body shows all its lines, not the first;
 *   the reference and document number columns are wide enough to read
 *   (CWG-WSIS&SDG/WSIS20/1234 is 24 characters).
 * - Memory: shared strings are off (they would keep every distinct string of the file) and each
 *   row is committed as it is written; the writer waits for the output to drain.
 */
import { PassThrough, type Readable } from "node:stream";
import { once } from "node:events";
import ExcelJS from "exceljs";
import type { ExportRecord } from "./record";
import type { ExportLabels } from "./labels";
import { exportColumns, type CellValue } from "./columns";
import { isRtl } from "./script";
import { xmlText } from "./xml-text";

/** Excel's maximum characters per cell (Microsoft, "Excel specifications and limits"). */
export const EXCEL_CELL_LIMIT = 32_767;

/** `text` within Excel's cell limit: unchanged, or cut with `note` appended after a line break. */
export function fitExcelCell(text: string, note: (fullLength: number) => string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  let characters = 0;
  for (const _ of text) characters++;
  const suffix = `\n${note(characters)}`;
  let cut = EXCEL_CELL_LIMIT - suffix.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // keep surrogate pairs whole
  return text.slice(0, cut) + suffix;
}

const WIDTHS: Record<string, number> = { referenceNumber: 17, documentNumber: 27, title: 50, summary: 60, body: 80, answers: 60, organisation: 35 };
const RTL_ALIGNMENT = { readingOrder: "rtl", horizontal: "right", vertical: "top", wrapText: true } as const;
const LTR_ALIGNMENT = { vertical: "top", wrapText: true } as const;

/** The XLSX of `records` as a byte stream. Errors end the stream with that error. */
export function xlsxStream(records: AsyncIterable<ExportRecord>, labels: ExportLabels): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const columns = exportColumns(labels);
  const sheet = workbook.addWorksheet(labels.t("sheetName"), {
    views: [{ state: "frozen", ySplit: 1, rightToLeft: labels.direction === "rtl" }],
  });
  sheet.columns = columns.map((c) => ({ key: c.key, width: WIDTHS[c.key] ?? 18 }));
  const note = (n: number) => labels.t("truncated", { count: n });

  async function write() {
    const header = sheet.addRow(columns.map((c) => ({ richText: [{ text: c.header }] })));
    header.font = { bold: true };
    header.commit();
    for await (const r of records) {
      const row = sheet.addRow([]);
      columns.forEach((c, i) => {
        const v: CellValue = c.value(r);
        if (v === null) return;
        const cell = row.getCell(i + 1);
        if (v instanceof Date) {
          cell.value = v;
          cell.numFmt = "yyyy-mm-dd hh:mm";
          return;
        }
        const text = fitExcelCell(xmlText(v), note);
        cell.value = { richText: [{ text }] };
        cell.alignment = c.userText && isRtl(text) ? RTL_ALIGNMENT : LTR_ALIGNMENT;
      });
      row.commit();
      if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
      if (out.destroyed) return; // the client went away: stop reading the database
    }
    sheet.commit();
    await workbook.commit();
  }
  write().catch((error) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
