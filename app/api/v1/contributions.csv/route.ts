/**
 * GET /api/v1/contributions.csv — the current public search as CSV (published data only), with
 * the search page's filters and `locale`; see lib/services/open-data/public-csv.ts.
 */
import { publicCsvResponse } from "@/lib/services/open-data/public-csv";
import { baseUrlOf } from "@/lib/services/open-data/base-url";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Response {
  return publicCsvResponse(new URL(request.url).searchParams, baseUrlOf(request));
}
