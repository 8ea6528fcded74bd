/**
 * Action Line revision proposals in the DOCX compilation, in ITU's form: each proposal headed by
 * its marker and number ("MOD  EXA/WSIS20-C-0007/3"), the provision with the proposed change as
 * real Word tracked changes (w:ins / w:del, shown underlined and struck through; "Accept all
 * changes" gives the proposed text), then its reasons. And per Action Line, a synoptic table of
 * the selection's proposals on that Action Line (provision | proposed text with marks | reasons |
 * decision).
 *
 * Marks are computed by lib/revision/word-diff.ts, the same as on screen. Each tracked change
 * needs an id unique in the document (ECMA-376 §17.13.4): one `ChangeIds` counter per document.
 * The change's author is the proposing organisation's short code, its date the submission's.
 */
import { DeletedTextRun, InsertedTextRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from "docx";
import { wordDiff } from "@/lib/revision/word-diff";
import { directionOf } from "@/lib/reference";
import type { ExportProposal, ExportRecord } from "./record";
import type { ExportLabels } from "./labels";
import { textParagraph, textParagraphs } from "./docx-text";
import { xmlText } from "./xml-text";

/** Issues document-unique ids for tracked changes. */
export class ChangeIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

type Run = TextRun | InsertedTextRun | DeletedTextRun;

/**
 * `text` as runs made by `make`, one per line: a line break in a proposed text is a Word line
 * break (<w:br/>) before the next line's run, not a raw "\n" that Word shows as a space.
 */
function lines(text: string, make: (text: string, breakBefore?: number) => Run): Run[] {
  return text.split("\n").map((line, i) => make(xmlText(line), i > 0 ? 1 : undefined));
}

/** The runs of `p`'s provision with its change as tracked changes (ADD: all inserted; SUP: all deleted). */
export function markedRuns(p: ExportProposal, author: string, date: Date | null, ids: ChangeIds, size?: number): Run[] {
  const change = { author, date: (date ?? new Date(0)).toISOString() };
  const ins = (text: string) => lines(text, (t, br) => new InsertedTextRun({ ...change, id: ids.take(), text: t, break: br, underline: {}, size }));
  const del = (text: string) => lines(text, (t, br) => new DeletedTextRun({ ...change, id: ids.take(), text: t, break: br, strike: true, size }));
  const plain = (text: string) => lines(text, (t, br) => new TextRun({ text: t, break: br, size }));
  if (p.marker === "ADD") return ins(p.text);
  if (p.marker === "SUP") return del(p.baselineText);
  if (p.marker === "NOC") return plain(p.baselineText);
  return wordDiff(p.baselineText, p.text, p.baselineLanguage).flatMap((r) => (r.kind === "equal" ? plain(r.text) : r.kind === "insert" ? ins(r.text) : del(r.text)));
}

/**
 * "New provision after 9 l):" in the document's language, the reference in a left-to-right run of
 * its own, framed by left-to-right marks (U+200E): in a right-to-left paragraph a leading digit
 * and a closing parenthesis otherwise take the paragraph's direction, and "9 d) i)" comes out as
 * "(d) i 9" (Unicode Bidirectional Algorithm, UAX #9, rules W7 and N1).
 */
function provisionLine(p: ExportProposal, labels: ExportLabels, rtl: boolean): Paragraph {
  const PLACE = "\u0001";
  const sentence = p.marker === "ADD" ? labels.t("proposals.insertAfter", { ref: PLACE }) : labels.t("proposals.provision", { ref: PLACE });
  const [before, after = ""] = sentence.split(PLACE);
  const part = (text: string) => (text ? [new TextRun({ text, italics: true, rightToLeft: rtl || undefined })] : []);
  return new Paragraph({ keepNext: true, bidirectional: rtl || undefined, children: [...part(before), new TextRun({ text: `\u200E${p.ref}\u200E`, italics: true }), ...part(after)] });
}

/** The proposals of one contribution, in ITU's form, for its full entry. */
export function proposalBlocks(record: ExportRecord, labels: ExportLabels, ids: ChangeIds): FileChild[] {
  if (record.proposals.length === 0) return [];
  const ui = labels.direction === "rtl";
  const reasonsRtl = record.language ? directionOf(record.language) === "rtl" : undefined;
  const out: FileChild[] = [textParagraph(labels.t("proposals.heading"), { rtl: ui, heading: "Heading3", keepNext: true, spacing: { before: 240, after: 80 } })];
  for (const p of record.proposals) {
    const ltr = directionOf(p.baselineLanguage) === "ltr";
    out.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 200, after: 60 },
        children: [new TextRun({ text: p.marker, bold: true }), new TextRun({ text: "\t" }), new TextRun({ text: p.number ?? "" })],
      }),
      provisionLine(p, labels, ui),
      new Paragraph({ bidirectional: !ltr || undefined, spacing: { after: 80 }, children: markedRuns(p, record.organisation.shortCode, record.submittedAt, ids) }),
      textParagraph(labels.t("proposals.reasons"), { rtl: ui, run: { bold: true }, keepNext: true }),
      ...(p.reasons ? textParagraphs(p.reasons, reasonsRtl) : [textParagraph("—")]),
    );
  }
  return out;
}

/** The synoptic table of `records`' proposals on Action Line `code` (null when there are none). */
export function synopticTable(code: string, records: ExportRecord[], labels: ExportLabels, ids: ChangeIds): FileChild[] {
  const rows = records.flatMap((r) => r.proposals.filter((p) => p.actionLine === code).map((p) => ({ r, p })));
  if (rows.length === 0) return [];
  const ui = labels.direction === "rtl";
  // Widths in twentieths of a point, summing to the A4 text width (9,000): the proposal number
  // (e.g. "EXA/WSIS20-C-0007/12") and "Not accepted" must not break inside a word.
  const WIDTHS = [1900, 1100, 3400, 1500, 1100];
  const SIZE = 18; // 9 pt: five columns on an A4 page
  const cell = (children: Paragraph[], column: number) => new TableCell({ width: { size: WIDTHS[column], type: WidthType.DXA }, children });
  const header = new TableRow({
    tableHeader: true,
    children: (["proposal", "provisionColumn", "proposedText", "reasonsColumn", "decision"] as const).map((k, i) => cell([textParagraph(labels.t(`proposals.${k}`), { rtl: ui, run: { bold: true, size: SIZE } })], i)),
  });
  const body = rows.map(
    ({ r, p }) =>
      new TableRow({
        cantSplit: false,
        children: [
          cell([textParagraph(p.marker, { run: { bold: true, size: SIZE } }), textParagraph(p.number ?? "", { run: { size: SIZE } })], 0),
          cell([textParagraph(p.ref, { run: { size: SIZE } })], 1),
          cell([new Paragraph({ children: markedRuns(p, r.organisation.shortCode, r.submittedAt, ids, SIZE) })], 2),
          cell(p.reasons ? p.reasons.split(/\n+/).filter(Boolean).map((line) => textParagraph(line, { run: { size: SIZE } })) : [textParagraph("—")], 3),
          cell([textParagraph(labels.t(`proposals.decisions.${p.decision}` as never), { rtl: ui, run: { size: SIZE } })], 4),
        ],
      }),
  );
  return [
    textParagraph(labels.t("proposals.synoptic", { code }), { rtl: ui, heading: "Heading2", spacing: { before: 360, after: 120 }, keepNext: true }),
    new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: WIDTHS, visuallyRightToLeft: ui, rows: [header, ...body] }),
  ];
}
