/**
 * GET /api/v1/baselines/<version> (or "latest") — a baseline text as a loadable definition
 * (lib/revision/baseline-source.ts ZBaselineDefinition): open data, and the starting point the
 * secretariat edits to load a revised text as the next version. 404 for an unknown version.
 */
import { baselineDefinition } from "@/lib/services/proposals/get-baseline";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const { version } = await params;
  // "latest", or a version number from 1: "0" must not fall through to the latest version.
  const n = version === "latest" ? undefined : /^[1-9]\d{0,5}$/.test(version) ? Number(version) : NaN;
  const definition = Number.isNaN(n) ? null : await baselineDefinition(n);
  if (!definition) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(definition, { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } });
}
