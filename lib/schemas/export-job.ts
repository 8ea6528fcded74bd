/**
 * Starting a background export from the queue page: the format (an ExportFormat) and the queue's
 * filters and order, posted as hidden fields of the export form (parsed leniently, like the URL).
 */
import { z } from "zod";
import { ZExportFormat } from "@/lib/exports/formats";
import { QUEUE_FILTERS, parseQueueQuery } from "./queue";
import type { QueueFilter } from "./queue";

/** The export form: its format, and the queue's filters as posted (unknown fields ignored). */
export const ZExportJobStart = z
  .looseObject({ format: ZExportFormat })
  .transform(({ format, ...fields }) => ({ format, filter: exportJobFilter(fields) }));

/** The queue filter (no paging) carried by the export form's hidden fields. */
export function exportJobFilter(fields: Record<string, unknown>): QueueFilter {
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const { page: _page, size: _size, ...filter } = parseQueueQuery(Object.fromEntries([...QUEUE_FILTERS, "sort", "dir"].map((k) => [k, text(fields[k])])));
  return filter;
}
