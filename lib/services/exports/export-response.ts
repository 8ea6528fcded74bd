/**
 * The HTTP answer to GET /api/secretariat/export for a given actor, kept apart from the route so
 * tests can call it with real actors: authorise, parse the format and the queue's URL filters,
 * and stream the chosen format.
 *
 * Query: `format` = csv | csv-excel | xlsx | json | docx | zip (required); the queue's `status`, `sort`,
 * `dir` (parsed leniently by lib/schemas/queue.ts; `page` and `size` are ignored, an export holds
 * every page); `locale` = en | ar for labels (default: the actor's preferred language);
 * `doclang` = ar | zh | en | fr | ru | es: each document in that language where a translation
 * exists, else in its original (anything else: the originals).
 *
 * Answers: 401 without a session, 404 without queue.view (the export's existence is not
 * revealed), 400 for an unknown format, else 200 with the streamed body, Content-Disposition
 * attachment, `X-Content-Type-Options: nosniff` and `Cache-Control: private, no-store`.
 */
import { AppError } from "@/lib/errors";
import { consume } from "@/lib/rate-limit";
import { Readable } from "node:stream";
import { can, type Actor } from "@/lib/auth/permissions";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { ZExportFormat, renderExport } from "@/lib/exports";
import { exportLabels } from "@/lib/exports/labels";
import { exportSource } from "./export-source";
import { LANGUAGE_LETTER } from "@/lib/reference/document-number";

const BASE_HEADERS = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };

function documentLanguageOf(value: string | null): string | undefined {
  return value && value in LANGUAGE_LETTER ? value : undefined;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function exportResponse(actor: Actor, search: URLSearchParams, now = new Date()): Promise<Response> {
  if (actor.kind !== "user") return plain(401, "Sign in first.");
  if (!can(actor, "queue.view")) return plain(404, "Not found.");
  const format = ZExportFormat.safeParse(search.get("format"));
  if (!format.success) return plain(400, "Unknown format: use csv, csv-excel, xlsx, json, docx or zip.");
  try {
    await consume("export", actor.userId);
  } catch (e) {
    if (e instanceof AppError && e.code === "RATE_LIMITED") {
      return new Response(`Too many exports in a short time: wait ${e.params.seconds} seconds and try again.`, { status: 429, headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(e.params.seconds) } });
    }
    throw e;
  }
  const filter = parseQueueQuery(Object.fromEntries(search), search.get("locale") ?? actor.locale);
  const labels = exportLabels(search.get("locale") ?? actor.locale);
  const { stream, contentType, fileName } = await renderExport(format.data, exportSource(actor, filter, documentLanguageOf(search.get("doclang"))), labels, { compiledAt: now, status: filter.status });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: { ...BASE_HEADERS, "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"` },
  });
}
