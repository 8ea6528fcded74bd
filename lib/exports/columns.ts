/**
 * The flat columns of the tabular exports (CSV and XLSX): one row per contribution, in this
 * order, headed by localised labels. Values are strings, dates or null; list values are joined
 * ("C2, C5"), answers are "Question 1: …" paragraphs separated by a blank line.
 */
import type { ExportRecord } from "./record";
import type { ExportLabels } from "./labels";

export type CellValue = string | Date | null;

export interface Column {
  key: string;
  header: string;
  /** True for text a person wrote (title, body…): its direction follows its own script. */
  userText: boolean;
  value: (r: ExportRecord) => CellValue;
}

/** The columns in `labels`' language. */
export function exportColumns(labels: ExportLabels): Column[] {
  const { t } = labels;
  const col = (key: string, value: Column["value"], userText = false): Column => ({ key, header: t(`columns.${key}` as never), userText, value });
  return [
    col("referenceNumber", (r) => r.referenceNumber),
    col("documentNumber", (r) => r.documentNumber),
    col("status", (r) => labels.status(r.internal.status)),
    col("title", (r) => r.title, true),
    col("summary", (r) => r.summary, true),
    col("body", (r) => r.body, true),
    col("language", (r) => labels.language(r.language)),
    // One line per translation: "fr: CWG-WSIS&SDG/WSIS20/5-F" (the texts are in the JSON and the API).
    col("languageVersions", (r) => (r.languageVersions ?? []).map((v) => `${v.language}: ${v.documentNumber}`).join("\n")),
    col("type", (r) => labels.type(r.type)),
    col("organisation", (r) => r.organisation.name, true),
    col("membershipCategory", (r) => labels.membershipCategory(r.organisation.membershipCategory)),
    col("stakeholderGroup", (r) => labels.stakeholderGroup(r.organisation.stakeholderGroup)),
    col("country", (r) => r.organisation.country),
    col("ituRegion", (r) => r.organisation.ituRegion),
    col("actionLines", (r) => r.actionLines.join(", ")),
    col("c7SubItems", (r) => r.c7SubItems.join(", ")),
    // One line per revision proposal: marker, number, provision, decision (the texts and marks
    // are in the JSON and the DOCX).
    col("proposals", (r) => r.proposals.map((p) => t("proposalLine", { marker: p.marker, number: p.number ?? "", ref: p.ref, decision: t(`proposals.decisions.${p.decision}` as never) })).join("\n")),
    col("sdgs", (r) => r.sdgs.join(", ")),
    col("answers", (r) => r.answers.map((a) => t("answer", { position: a.position, text: a.text })).join("\n\n"), true),
    col("consultation", (r) => r.consultation.code),
    col("submittedAt", (r) => r.submittedAt),
    col("decidedAt", (r) => r.internal.decidedAt),
    col("publishedAt", (r) => r.publishedAt),
    col("updatedAt", (r) => r.internal.updatedAt),
    col("extendedUntil", (r) => r.internal.extendedUntil),
    col("id", (r) => r.internal.id),
  ];
}

/** Columns of the public CSV (published data only): no status, secretariat dates or database id. */
export const PUBLIC_COLUMN_KEYS = ["referenceNumber", "documentNumber", "title", "summary", "body", "language", "languageVersions", "type", "organisation", "membershipCategory", "stakeholderGroup", "country", "ituRegion", "actionLines", "c7SubItems", "proposals", "sdgs", "answers", "consultation", "submittedAt", "publishedAt"];

/** The public subset of exportColumns, same order. */
export function publicExportColumns(labels: ExportLabels): Column[] {
  return exportColumns(labels).filter((c) => PUBLIC_COLUMN_KEYS.includes(c.key));
}
