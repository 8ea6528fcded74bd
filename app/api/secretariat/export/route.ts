/**
 * GET /api/secretariat/export?format=csv|csv-excel|xlsx|json|docx&status=&sort=&dir=&locale=
 * The secretariat queue's current filter as a download; see lib/services/exports/export-response.ts.
 */
import { getActor } from "@/lib/auth/actor";
import { exportResponse } from "@/lib/services/exports/export-response";

export const dynamic = "force-dynamic";
// Node streams, exceljs and docx need the Node.js runtime.
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return exportResponse(await getActor(), new URL(request.url).searchParams);
}
