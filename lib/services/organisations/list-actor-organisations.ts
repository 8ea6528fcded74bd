/** Organisations on whose behalf the caller may submit (verified memberships only). */
import "server-only";
import { db } from "@/lib/db";
import { organisationsWith, type Actor } from "@/lib/auth/permissions";
import { organisationWhereFor } from "@/lib/auth/scopes";

export async function listSubmittingOrganisations(actor: Actor) {
  const ids = organisationsWith(actor, "contribution.create");
  if (!ids.length) return [];
  return db.organisation.findMany({ where: { AND: [organisationWhereFor(actor), { id: { in: ids } }] }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
