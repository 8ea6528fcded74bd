/** GET /api/account/data.json for a given actor: 401 anonymous, else the JSON as a download. */
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { personalData } from "./personal-data";

export async function personalDataResponse(actor: Actor): Promise<Response> {
  const headers = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };
  if (actor.kind !== "user") return new Response("Sign in first.", { status: 401, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  const data = await personalData(actor);
  return new Response(JSON.stringify(data, null, 2), {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="my-data-${data.generatedAt.slice(0, 10)}.json"` },
  });
}
