/**
 * The CSV of the current public search (GET /api/v1/contributions.csv with the page's query:
 * q, al, sdg, lang, group, cat, region; `locale`: one of the six interface languages, for the header labels). Published data
 * only: rows come from listPublicContributions (the public search's WHERE, newest first, pages of
 * 100 by cursor), in the public columns (publicExportColumns: no status, secretariat dates or
 * ids, no people). Written by the secretariat's CSV writer (lib/exports/csv.ts), so the same
 * formula neutralisation applies; the Excel variant (byte-order mark, CRLF), since most people
 * open it in a spreadsheet.
 */
import { Readable } from "node:stream";
import { parsePublicSearch, refusedQueryOf } from "@/lib/schemas/public-search";
import { API_MESSAGES } from "@/lib/http/api-messages";
import { csvStream } from "@/lib/exports/csv";
import { publicExportColumns } from "@/lib/exports/columns";
import { exportLabels } from "@/lib/exports/labels";
import type { ExportRecord } from "@/lib/exports/record";
import { decodeCursor, listPublicContributions, type PublicContribution } from "./public-contributions";

const PAGE = 100;

function toRecord(c: PublicContribution): ExportRecord {
  return {
    referenceNumber: c.referenceNumber,
    documentNumber: c.documentNumber,
    title: c.title,
    summary: c.summary,
    body: c.body,
    language: c.language || null,
    type: c.type as ExportRecord["type"],
    actionLines: c.actionLines,
    c7SubItems: c.c7SubItems,
    sdgs: c.sdgs,
    organisation: { ...c.organisation, shortCode: "" },
    consultation: c.consultation,
    answers: c.answers,
    proposals: c.proposals.map((p, i) => ({ ...p, marker: p.marker as "MOD", position: i + 1, baselineLanguage: "en" })),
    languageVersions: c.languageVersions,
    submittedAt: c.submittedAt ? new Date(c.submittedAt) : null,
    publishedAt: new Date(c.publishedAt),
    // Not read by the public columns; neutral values, never the database's.
    internal: { id: "", status: "ACCEPTED", decidedAt: null, updatedAt: new Date(c.publishedAt), extendedUntil: null },
  };
}

/** The response for `search` (the request's query string); `baseUrl` as for the JSON API. */
export function publicCsvResponse(search: URLSearchParams, baseUrl: string, now = new Date()): Response {
  const params = Object.fromEntries(search);
  const query = parsePublicSearch(params);
  if (refusedQueryOf(params, query)) {
    return Response.json({ error: API_MESSAGES.invalidQuery, field: "q" }, { status: 400, headers: { "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" } });
  }
  const labels = exportLabels(params.locale);
  async function* records(): AsyncGenerator<ExportRecord> {
    let cursor: ReturnType<typeof decodeCursor> = null;
    do {
      const page = await listPublicContributions(query, cursor, PAGE, baseUrl);
      for (const c of page.data) yield toRecord(c);
      cursor = decodeCursor(page.nextCursor ?? undefined);
    } while (cursor);
  }
  const stream = csvStream(records(), labels, "excel", publicExportColumns(labels));
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="wsis20-published-${now.toISOString().slice(0, 10)}.csv"`,
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
