/**
 * Co-sponsorship invitations (/cosponsorships), for focal points: the standing invitations to
 * their organisations (invitationWhereFor: a declined or withdrawn one is not listed), which of
 * them await an answer, and the notice after answering. Null (404) for anyone else.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listInvitations } from "@/lib/services/cosponsors/list-cosponsors";
import { COSPONSOR_RESPONSES } from "@/lib/rules/statuses";

export async function loadCoSponsorshipsView(actor: UserActor, search: { done?: string } = {}) {
  if (!can(actor, "cosponsor.confirm")) return null;
  const invitations = await listInvitations(actor);
  return {
    invitations: invitations.map((i) => ({ ...i, awaitingAnswer: i.status === "INVITED" })),
    done: COSPONSOR_RESPONSES.find((d) => d === search.done) ?? null,
  };
}
