/** A signed-in person's organisations (verified or waiting) and the verified ones they may ask to join (/affiliation). */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { listMyMemberships, listVerifiedOrganisations } from "@/lib/services/organisations/list-affiliations";

export async function loadAffiliationView(actor: UserActor) {
  const [memberships, verified] = await Promise.all([listMyMemberships(actor), listVerifiedOrganisations(actor)]);
  const mine = new Set(memberships.map((m) => m.organisation.id));
  return { memberships, organisations: verified.filter((o) => !mine.has(o.id)) };
}
