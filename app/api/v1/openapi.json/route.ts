/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of the open-data API. */
import { openApiDocument } from "@/lib/services/open-data/openapi";

export function GET() {
  return Response.json(openApiDocument, { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" } });
}
