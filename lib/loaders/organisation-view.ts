/**
 * A focal point's page (/organisation): the people of each organisation they manage. Null (404)
 * for anyone who manages none.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { organisationsWith } from "@/lib/auth/permissions";
import { listMembers } from "@/lib/services/organisations/manage-members";

const NOTICES = ["added", "removed"] as const;

export async function loadOrganisationView(actor: UserActor, search: { done?: string } = {}) {
  const organisationIds = organisationsWith(actor, "organisation.manage-contributors");
  if (organisationIds.length === 0) return null;
  const sections = await Promise.all(organisationIds.map(async (id) => ({ id, ...(await listMembers(actor, id)) })));
  return { sections, done: NOTICES.find((d) => d === search.done) ?? null };
}
