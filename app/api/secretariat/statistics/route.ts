/** GET /api/secretariat/statistics — one dashboard or statistics table as CSV or XLSX (issue 14 item 7). */
import { getActor } from "@/lib/auth/actor";
import { statisticsDownload } from "@/lib/services/statistics/statistics-download";

export async function GET(request: Request): Promise<Response> {
  return statisticsDownload(await getActor(), new URL(request.url).searchParams);
}
