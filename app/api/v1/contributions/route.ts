/**
 * GET /api/v1/contributions — published contributions as JSON (open data), with the public
 * search's filters (q, al, sdg, lang, group, cat, region, country, consultation, type, year), `limit` (1–100, default 50) and
 * `cursor` (from the previous page's `nextCursor`). Described at /api/v1/openapi.json.
 */
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { decodeCursor, listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { baseUrlOf } from "@/lib/services/open-data/base-url";
import { AppError } from "@/lib/errors";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" };

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const limit = Math.min(100, Math.max(1, Number.parseInt(params.limit ?? "50", 10) || 50));
  try {
    const result = await listPublicContributions(parsePublicSearch(params), decodeCursor(params.cursor), limit, baseUrlOf(request));
    return Response.json(result, { headers: HEADERS });
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return Response.json({ error: "invalid cursor" }, { status: 400, headers: HEADERS });
    throw e;
  }
}
