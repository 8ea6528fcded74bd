/** GET /api/account/data.json — everything the portal holds about the signed-in person (lib/services/account/personal-data.ts). */
import { getActor } from "@/lib/auth/actor";
import { personalDataResponse } from "@/lib/services/account/personal-data-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(): Promise<Response> {
  return personalDataResponse(await getActor());
}
