/**
 * DOCX compilation (docx library): a Word document the secretariat edits into a CWG document.
 *
 * Layout: a cover page (issuer, consultation title, "Compilation of contributions", date, count
 * and filter); a table of contents (a real TOC field over headings 1–2, prefilled by the library
 * so it is not empty before Word updates it; Word offers to update it on opening); then one
 * chapter per Action Line C1–C11 that has contributions, in that order, and a last chapter for
 * contributions without an Action Line. Each contribution: its title (heading 2), a metadata
 * table (document and reference numbers, organisation, category, stakeholder group, type,
 * language, dates, Action Lines, SDGs, status), its summary, its answers to the guiding
 * questions, then its text.
 *
 * Several Action Lines: the full entry appears ONCE, under the first of its Action Lines in
 * C1–C11 order; under each other one it is listed by title and number with a link to the full
 * entry. Repeating the full text would make the document several times longer and invite edits
 * to one copy but not the others.
 *
 * Direction and fonts come from docx-text.ts: interface labels follow the requester's language
 * (right-to-left throughout for Arabic); each contribution's summary, answers and text follow its
 * declared language; titles and names follow their own script.
 *
 * Memory: bounded, whatever the selection's size. The document is streamed (docx-package.ts):
 * the library builds the cover, contents and styles once; the chapters are read one at a time
 * from a DocxSource (a query per Action Line, in the queue's order) and each contribution's
 * paragraphs are serialised and zipped as they come. The table of contents is prefilled with the
 * chapters only (linked to bookmarks on their headings); Word fills in headings 1–2 and the page
 * numbers when it updates the field on opening (`updateFields`).
 */
import { ChangeIds, proposalBlocks, synopticTable } from "./docx-proposals";
import type { Readable } from "node:stream";
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { ACTION_LINE_CODES, actionLineTitle, directionOf } from "@/lib/reference";
import { pickLocalised } from "@/lib/localised";
import type { ExportRecord } from "./record";
import type { ExportLabels } from "./labels";
import { ARABIC_FONT, CJK_FONT, textParagraph, textParagraphs } from "./docx-text";
import { isRtl } from "./script";
import { bodyMarker, streamDocx } from "./docx-package";

export interface DocxMeta {
  /** When the compilation was made (shown on the cover, in UTC). */
  compiledAt: Date;
  /** The status filter of the queue, if any (a ContributionStatus code). */
  status?: string;
}

/** What the cover needs to know before the chapters are read. */
export interface DocxOverview {
  /** Contributions in the compilation. */
  count: number;
  /** Titles of their consultations ({ en, ar, … }), each once. */
  consultationTitles: Record<string, string>[];
  /** Chapters that have entries: Action Line codes in C1–C11 order, then null (no Action Line). */
  chapters: (string | null)[];
}

/**
 * Where the compilation's contributions come from, chapter by chapter (the service implements it
 * over the queue's query; `recordsSource` over an array, for tests and previews).
 */
export interface DocxSource {
  overview(): Promise<DocxOverview>;
  /** The contributions listing Action Line `code` (null: listing none of C1–C11), in the queue's order. */
  chapter(code: string | null): AsyncIterable<ExportRecord>;
}

const anchorOf = (r: ExportRecord) => `c_${r.internal.id}`.slice(0, 40); // Word bookmark names: ≤ 40 characters
const chapterAnchor = (code: string | null) => `al_${code ?? "none"}`;
/** The Action Line under which a contribution's full entry appears: its first in C1–C11 order (null: none). */
export const primaryOf = (r: ExportRecord) => ACTION_LINE_CODES.find((c) => r.actionLines.includes(c)) ?? null;

/** The DOCX compilation of `source` as a byte stream, built and zipped as it is read (see above). */
export async function docxStream(source: DocxSource, labels: ExportLabels, meta: DocxMeta): Promise<Readable> {
  const overview = await source.overview();
  const marker = bodyMarker();
  return streamDocx(skeleton(overview, labels, meta, marker), marker, body(source, overview, labels));
}

/** An in-memory DocxSource over `records` (tests, previews). */
export function recordsSource(records: ExportRecord[]): DocxSource {
  const inChapter = (r: ExportRecord, code: string | null) => (code ? r.actionLines.includes(code) : primaryOf(r) === null);
  return {
    async overview() {
      const titles = new Map(records.map((r) => [JSON.stringify(r.consultation.title), r.consultation.title]));
      const chapters = [...ACTION_LINE_CODES, null].filter((code) => records.some((r) => inChapter(r, code)));
      return { count: records.length, consultationTitles: [...titles.values()], chapters };
    },
    async *chapter(code) {
      yield* records.filter((r) => inChapter(r, code));
    },
  };
}

/** Heading 1–3 as Word names them, each with its outline level (0-based: Heading 1 is level 0). */
const HEADING_STYLES = [
  { level: 1, size: 32 },
  { level: 2, size: 26 },
  { level: 3, size: 24 },
].map(({ level, size }) => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { bold: true, size },
  paragraph: { outlineLevel: level - 1, keepNext: true, spacing: { before: 240, after: 120 } },
}));

/** The chapters' children, one contribution at a time (a heading per chapter first). */
async function* body(source: DocxSource, overview: DocxOverview, labels: ExportLabels): AsyncGenerator<FileChild[]> {
  const ui = labels.direction === "rtl";
  const ids = new ChangeIds(); // tracked-change ids, unique in the whole document
  if (overview.chapters.length === 0) yield [textParagraph(labels.t("docx.noContributions"), { rtl: ui })];
  for (const [i, code] of overview.chapters.entries()) {
    yield [
      textParagraph(chapterTitle(code, labels), {
        rtl: ui,
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: i > 0,
        wrap: (children) => new Bookmark({ id: chapterAnchor(code), children }),
      }),
    ];
    // The chapter's revision proposals, kept (without the contributions' texts) for the synoptic
    // table that closes the chapter: proposals are short, so memory stays bounded by them.
    const withProposals: ExportRecord[] = [];
    for await (const record of source.chapter(code)) {
      const primary = primaryOf(record);
      yield primary === code ? fullEntry(record, labels, ui, ids) : crossReference(record, primary ?? "", labels, ui);
      if (code && record.proposals.some((p) => p.actionLine === code)) withProposals.push({ ...record, summary: "", body: "", answers: [] });
    }
    if (code) {
      const table = synopticTable(code, withProposals, labels, ids);
      if (table.length) yield table;
    }
  }
}

function chapterTitle(code: string | null, labels: ExportLabels): string {
  return code === null ? labels.t("docx.noActionLine") : labels.t("docx.actionLine", { code, title: actionLineTitle(code, labels.locale).text });
}

/** Everything but the chapters, built by the library, with a paragraph `marker` where they go. */
function skeleton(overview: DocxOverview, labels: ExportLabels, meta: DocxMeta, marker: string): Document {
  const ui = labels.direction === "rtl";
  const label = (text: string, options: Parameters<typeof textParagraph>[1] = {}) => textParagraph(text, { rtl: ui, ...options });
  const cachedEntries = overview.chapters.map((code) => ({ title: chapterTitle(code, labels), level: 1, href: chapterAnchor(code) }));
  return new Document({
    creator: labels.t("docx.issuer").replace(/\s*\n\s*/g, " "),
    title: labels.t("docx.compilation"),
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: { eastAsia: CJK_FONT, cs: ARABIC_FONT }, size: 22 } } },
      // Table-of-contents entries follow the document's direction. docx 9.15 writes w:bidi in
      // style paragraph properties but its types do not declare it yet, hence the cast.
      // Headings carry their outline level (w:outlineLvl): LibreOffice builds a contents field
      // from outline levels only, so without them updating the field emptied it (issue 15 item
      // 13); Word's \o switch reads the same levels.
      paragraphStyles: [
        ...HEADING_STYLES,
        ...(ui ? [1, 2].map((level) => ({ id: `TOC${level}`, name: `toc ${level}`, basedOn: "Normal", next: "Normal", paragraph: { bidirectional: true, spacing: { after: 100 } } as never })) : []),
      ],
    },
    sections: [
      { children: cover(overview, labels, meta, ui) },
      {
        properties: { type: SectionType.NEXT_PAGE },
        children: [
          label(labels.t("docx.contents"), { run: { bold: true, size: 32 }, spacing: { after: 240 } }),
          new TableOfContents(labels.t("docx.contents"), { hyperlink: true, headingStyleRange: "1-2", useAppliedParagraphOutlineLevel: true, cachedEntries, beginDirty: true }),
        ],
      },
      {
        properties: { type: SectionType.NEXT_PAGE },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [new Paragraph(marker)],
      },
    ],
  });
}

function cover(overview: DocxOverview, labels: ExportLabels, meta: DocxMeta, ui: boolean): Paragraph[] {
  const titles = [...new Set(overview.consultationTitles.map((t) => pickLocalised(t, labels.locale).text))];
  const centred = (text: string, size: number, after: number, bold = false) =>
    textParagraph(text, { rtl: ui, alignment: AlignmentType.CENTER, spacing: { after }, run: { size, bold } });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    // The name and its acronym on lines of their own: a line break inside "(CWG-WSIS&SDG)" reads badly in Arabic.
    ...labels.t("docx.issuer").split("\n").map((line, i, all) => centred(line, 24, i === all.length - 1 ? 480 : 60)),
    ...titles.map((t) => centred(t, 40, 360, true)),
    centred(labels.t("docx.compilation"), 32, 720),
    centred(labels.t("docx.compiledOn", { date: labels.date(meta.compiledAt) }), 24, 120),
    centred(labels.t("docx.count", { count: overview.count }), 24, 120),
    centred(labels.t("docx.filter", { status: meta.status ? labels.status(meta.status) : labels.t("docx.allStatuses") }), 24, 720),
    centred(labels.t("docx.draftNote"), 18, 0),
  ];
}

/**
 * A contribution's heading: its title, and for an organisation that is not an ITU member the
 * label the contribution's page shows, in the compilation's language (issue 15 item 3).
 */
function heading2(record: ExportRecord, labels: ExportLabels, wrap?: NonNullable<Parameters<typeof textParagraph>[1]>["wrap"]) {
  const title = record.organisation.membershipCategory === "NON_MEMBER" ? `${record.title} — ${labels.t("docx.nonMember")}` : record.title;
  return textParagraph(title, { heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 120 }, keepNext: true, wrap });
}

function fullEntry(record: ExportRecord, labels: ExportLabels, ui: boolean, ids: ChangeIds): FileChild[] {
  const rtl = record.language ? directionOf(record.language) === "rtl" : undefined;
  const sub = (text: string) => textParagraph(text, { rtl: ui, heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 240, after: 80 } });
  const out: FileChild[] = [heading2(record, labels, (children) => new Bookmark({ id: anchorOf(record), children })), metadataTable(record, labels, ui)];
  out.push(sub(labels.t("docx.summary")), ...textParagraphs(record.summary, rtl));
  out.push(sub(labels.t("docx.answers")));
  if (record.answers.length === 0) out.push(textParagraph(labels.t("docx.noAnswers"), { rtl: ui }));
  for (const a of record.answers) {
    const question = pickLocalised(a.question, labels.locale).text;
    out.push(textParagraph(`${a.position}. ${question}`, { rtl: ui, run: { bold: true }, keepNext: true, spacing: { before: 120 } }));
    out.push(...textParagraphs(a.text, rtl));
  }
  out.push(sub(labels.t("docx.text")), ...textParagraphs(record.body, rtl));
  out.push(...proposalBlocks(record, labels, ids));
  return out;
}

function crossReference(record: ExportRecord, primary: string, labels: ExportLabels, ui: boolean): FileChild[] {
  const number = record.documentNumber ?? record.referenceNumber ?? "";
  return [
    heading2(record, labels),
    textParagraph(`${number} · ${record.organisation.name}`, { spacing: { after: 60 } }),
    textParagraph(labels.t("docx.fullTextUnder", { code: primary }), {
      rtl: ui,
      run: { style: "Hyperlink" },
      wrap: (children) => new InternalHyperlink({ anchor: anchorOf(record), children }),
    }),
  ];
}

function metadataTable(record: ExportRecord, labels: ExportLabels, ui: boolean): Table {
  const c = (key: string) => labels.t(`columns.${key}` as never);
  const date = (d: Date | null) => (d ? labels.date(d) : labels.t("docx.none"));
  const rows: [string, string][] = [
    [c("documentNumber"), record.documentNumber ?? labels.t("docx.none")],
    [c("referenceNumber"), record.referenceNumber ?? labels.t("docx.none")],
    [c("organisation"), record.organisation.name],
    [c("membershipCategory"), labels.membershipCategory(record.organisation.membershipCategory)],
    [c("stakeholderGroup"), labels.stakeholderGroup(record.organisation.stakeholderGroup)],
    [c("type"), labels.type(record.type)],
    [c("language"), labels.language(record.language)],
    [c("status"), labels.status(record.internal.status)],
    [c("submittedAt"), date(record.submittedAt)],
    [c("publishedAt"), date(record.publishedAt)],
    [c("actionLines"), record.actionLines.join(", ")],
    ...(record.c7SubItems.length ? ([[c("c7SubItems"), record.c7SubItems.join(", ")]] as [string, string][]) : []),
    [c("sdgs"), record.sdgs.join(", ")],
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2800, 6200],
    visuallyRightToLeft: ui,
    rows: rows.map(
      ([name, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [textParagraph(name, { rtl: ui, run: { bold: true } })] }),
            new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [textParagraph(value, { rtl: ui || isRtl(value) })] }),
          ],
        }),
    ),
  });
}
