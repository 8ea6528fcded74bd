/**
 * GET /api/v1/contributions — published contributions as JSON (open data), with the public
 * search's filters (q, al, sdg, lang, group, cat, region, country, consultation, type, year), `limit` (1–100, default 50) and
 * `cursor` (from the previous page's `nextCursor`). Described at /api/v1/openapi.json.
 * A search text the page would refuse (over 200 characters, control characters) or a cursor this
 * API did not make answers 400 with a message; a search of only very common words answers with
 * no data and a `notice` saying why.
 */
import { parsePublicSearch, refusedQueryOf } from "@/lib/schemas/public-search";
import { decodeCursor, listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { onlyCommonWords } from "@/lib/services/search/search-published";
import { baseUrlOf } from "@/lib/services/open-data/base-url";
import { API_MESSAGES } from "@/lib/http/api-messages";
import { AppError } from "@/lib/errors";
import { consume } from "@/lib/rate-limit";
import { CLIENT_HEADER } from "@/lib/http/stamp-headers";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" };

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const limit = Math.min(100, Math.max(1, Number.parseInt(params.limit ?? "50", 10) || 50));
  try {
    await consume("search", request.headers.get(CLIENT_HEADER) ?? "unknown");
  } catch (e) {
    if (e instanceof AppError && e.code === "RATE_LIMITED") return Response.json({ error: `Too many requests: wait ${e.params.seconds} seconds.` }, { status: 429, headers: { ...HEADERS, "Retry-After": String(e.params.seconds) } });
    throw e;
  }
  const search = parsePublicSearch(params);
  if (refusedQueryOf(params, search)) return Response.json({ error: API_MESSAGES.invalidQuery, field: "q" }, { status: 400, headers: HEADERS });
  let cursor;
  try {
    cursor = decodeCursor(params.cursor);
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return Response.json({ error: API_MESSAGES.invalidCursor, field: "cursor" }, { status: 400, headers: HEADERS });
    throw e;
  }
  const result = await listPublicContributions(search, cursor, limit, baseUrlOf(request));
  const notice = result.data.length === 0 && (await onlyCommonWords(search.q)) ? { notice: API_MESSAGES.commonWordsOnly } : {};
  return Response.json({ ...result, ...notice }, { headers: HEADERS });
}
