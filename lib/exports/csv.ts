/**
 * CSV export: UTF-8, RFC 4180 quoting (csv-stringify), one header row of localised labels, then
 * one row per contribution. Dates are ISO 8601 instants in UTC (2026-11-30T09:15:00.000Z).
 *
 * Variants:
 * - "excel": starts with a UTF-8 byte-order mark (EF BB BF) and ends lines with CRLF. Without the
 *   mark Excel reads the file in the machine's legacy code page and Arabic and Chinese turn into
 *   mojibake.
 * - "plain": no byte-order mark, LF line ends, for tools that take the mark for part of the first
 *   header (pandas, awk, databases).
 *
 * Formula neutralisation (both variants): a cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with an apostrophe ('), so no spreadsheet evaluates it as a
 * formula (=HYPERLINK(…) would otherwise become a live link, and DDE payloads run commands).
 * Source: OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection. The
 * apostrophe shows in tools that do not treat it as a text marker: the JSON export keeps the
 * text unchanged.
 *
 * Line breaks (issue 15 item 15, issue 12 item 10): every cell holding CR or LF is quoted, in both
 * variants. Once a record delimiter is set, csv-stringify quotes a cell only when it contains
 * that delimiter unless `quote_record_delimiter` is on, so with CRLF records a body with bare LF
 * paragraphs went out unquoted and broke the row (18 records read back as 27;
 * tests/integration/export-readback.test.ts fails without the option). And because a reader that
 * splits lines naïvely (or a broken import) still sees each line of such a cell as a row of its
 * own, every line of a cell is neutralised, not only its first: "…\n=HYPERLINK(…)" becomes
 * "…\n'=HYPERLINK(…)".
 */
import type { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { ExportRecord } from "./record";
import type { ExportLabels } from "./labels";
import { textStream } from "./text-stream";
import { exportColumns, type CellValue, type Column } from "./columns";

export type CsvVariant = "excel" | "plain";

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
/** The start of every line after the first: after CRLF, LF or a lone CR. */
const LINE_FORMULA_START = /(\r\n|\n|\r(?!\n))(?=[=+\-@\t])/g;
/** The same test, cheaper: nearly no cell has such a line, and this scans it once without alternatives. */
const LINE_BREAK_BEFORE_FORMULA = /[\r\n][=+\-@\t]/;

/**
 * `text` made inert for spreadsheets: an apostrophe before a leading = + - @ TAB or CR (OWASP),
 * on its first line and on every line after a line break.
 */
export function neutraliseFormula(text: string): string {
  const lines = LINE_BREAK_BEFORE_FORMULA.test(text) ? text.replace(LINE_FORMULA_START, "$1'") : text;
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

function cell(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString();
  return v;
}

/**
 * The CSV of `records` as a byte stream (UTF-8). Streams: rows are written as records arrive,
 * with the stream's back-pressure, so memory holds a few rows at a time. `columns` defaults to
 * the secretariat's (exportColumns); the public CSV passes publicExportColumns.
 */
export function csvStream(records: AsyncIterable<ExportRecord>, labels: ExportLabels, variant: CsvVariant, columns: Column[] = exportColumns(labels)): Readable {
  async function* rows() {
    for await (const r of records) yield columns.map((c) => cell(c.value(r)));
  }
  return csvRowsStream(columns.map((c) => c.header), rows(), variant);
}

/** Rows formatted together (one call of csv-stringify's synchronous API, one string). */
const ROWS_PER_PIECE = 50;

/**
 * Any table as CSV (UTF-8 byte stream): the header, then the rows as they arrive, every cell made
 * inert for spreadsheets. Shared by the exports and the admin's audit log.
 *
 * csv-stringify's synchronous API on a few rows at a time, not its Transform stream: the stream
 * handed back each row as a Buffer that had to be decoded again before the response encoded it
 * once more (a tenth of the server's time in a 10,000-row download, issue 16).
 */
export function csvRowsStream(header: readonly string[], rows: AsyncIterable<readonly string[]>, variant: CsvVariant): Readable {
  const options = { bom: false, record_delimiter: variant === "excel" ? "windows" : "unix", quoted_string: false, quote_record_delimiter: true } as const;
  const format = (group: string[][]) => stringify(group, options);
  async function* pieces() {
    yield (variant === "excel" ? BOM : "") + format([header.map(neutraliseFormula)]);
    let group: string[][] = [];
    for await (const r of rows) {
      group.push(r.map(neutraliseFormula));
      if (group.length === ROWS_PER_PIECE) {
        yield format(group);
        group = [];
      }
    }
    if (group.length) yield format(group);
  }
  return textStream(pieces());
}
