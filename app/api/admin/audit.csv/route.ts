/** GET /api/admin/audit.csv — the audit log's current filter as CSV (admins only; see lib/services/admin/audit-csv.ts). */
import { getActor } from "@/lib/auth/actor";
import { auditCsvResponse } from "@/lib/services/admin/audit-csv";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return auditCsvResponse(await getActor(), new URL(request.url).searchParams);
}
