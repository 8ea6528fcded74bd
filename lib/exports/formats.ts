/**
 * The export formats (no dependencies, so pages can list them without loading the writers):
 * csv (plain UTF-8), csv-excel (with a byte-order mark), xlsx, json, docx, and zip (the
 * selection's attachments, attachments-zip.ts).
 */
import { z } from "zod";

export const EXPORT_FORMATS = ["csv-excel", "csv", "xlsx", "json", "docx", "zip"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ZExportFormat = z.enum(EXPORT_FORMATS);

/**
 * Selections larger than this many contributions are exported in the background from the queue
 * page (lib/services/exports/export-jobs.ts); smaller ones download at once.
 */
export const EXPORT_JOB_THRESHOLD = 2_000;
