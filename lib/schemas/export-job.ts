/**
 * Starting a background export from the queue page: the format (an ExportFormat) and the queue's
 * filters and order, posted as hidden fields of the export form (parsed leniently, like the URL).
 */
import { z } from "zod";
import { ZExportFormat } from "@/lib/exports/formats";
import { QUEUE_FILTERS, parseQueueQuery } from "./queue";
import type { QueueFilter } from "./queue";

export const ZExportJobStart = z.object({ format: ZExportFormat });

/** The queue filter (no paging) carried by the export form's hidden fields. */
export function exportJobFilter(form: FormData): QueueFilter {
  const fields = [...QUEUE_FILTERS, "sort", "dir"];
  const { page: _page, size: _size, ...filter } = parseQueueQuery(Object.fromEntries(fields.map((k) => [k, form.get(k)?.toString()])));
  return filter;
}
