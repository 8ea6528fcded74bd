/**
 * The export formats and how each is served: `renderExport(format, source, labels, meta)` gives
 * the byte stream, its media type and the download's file name. CSV, XLSX and JSON read
 * `source.records()` once in order; DOCX reads it chapter by chapter (DocxSource).
 */
import type { Readable } from "node:stream";
import type { ExportRecord } from "./record";
import type { ExportLabels } from "./labels";
import { csvStream } from "./csv";
import { xlsxStream } from "./xlsx";
import { jsonStream } from "./json";
import { docxStream, type DocxMeta, type DocxSource } from "./docx";
import { attachmentsZip, type AttachmentGroup, type BlobOpener } from "./attachments-zip";

import type { ExportFormat } from "./formats";

export { EXPORT_FORMATS, ZExportFormat, type ExportFormat } from "./formats";

const SERVED: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: "text/csv; charset=utf-8; header=present", extension: "csv" },
  "csv-excel": { contentType: "text/csv; charset=utf-8; header=present", extension: "csv" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  zip: { contentType: "application/zip", extension: "zip" },
};

/** The media type a download in `format` is served with. */
export function exportContentType(format: ExportFormat): string {
  return SERVED[format].contentType;
}

/** The download's file name, e.g. wsis20-contributions-2026-11-30.csv, wsis20-attachments-….zip (date in UTC). */
export function exportFileName(format: ExportFormat, at: Date): string {
  return `wsis20-${format === "zip" ? "attachments" : "contributions"}-${at.toISOString().slice(0, 10)}.${SERVED[format].extension}`;
}

/**
 * The selection to export: every record in order, by Action Line for the DOCX compilation, and
 * its attachments (one group per contribution, in order, and how to open a blob) for the ZIP.
 */
export interface ExportSource extends DocxSource {
  records(): AsyncIterable<ExportRecord>;
  attachments(): AsyncIterable<AttachmentGroup>;
  openBlob: BlobOpener;
}

/** Renders `source` in `format`; errors while streaming end the stream with that error. */
export async function renderExport(format: ExportFormat, source: ExportSource, labels: ExportLabels, meta: DocxMeta): Promise<{ stream: Readable; contentType: string; fileName: string }> {
  const stream =
    format === "csv" ? csvStream(source.records(), labels, "plain")
    : format === "csv-excel" ? csvStream(source.records(), labels, "excel")
    : format === "xlsx" ? xlsxStream(source.records(), labels)
    : format === "json" ? jsonStream(source.records())
    : format === "zip" ? attachmentsZip(source.attachments(), source.openBlob)
    : await docxStream(source, labels, meta);
  return { stream, contentType: SERVED[format].contentType, fileName: exportFileName(format, meta.compiledAt) };
}
