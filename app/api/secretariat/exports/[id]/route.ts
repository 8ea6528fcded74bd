/**
 * GET /api/secretariat/exports/:id — the file of a finished background export, for the person who
 * started it; see lib/services/exports/export-job-response.ts.
 */
import { getActor } from "@/lib/auth/actor";
import { exportJobResponse } from "@/lib/services/exports/export-job-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return exportJobResponse(await getActor(), (await params).id);
}
