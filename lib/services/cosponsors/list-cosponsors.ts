/**
 * Reading co-sponsorships: a contribution's co-sponsors (all statuses for those who may see the
 * contribution; confirmed only for the public page), the standing invitations of the actor's
 * organisations (as focal point: invitationWhereFor), and organisations that can be invited.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { coSponsorWhereFor, invitationWhereFor, organisationWhereFor } from "@/lib/auth/scopes";

export async function listCoSponsors(actor: Actor, contributionId: string, { confirmedOnly = false } = {}) {
  return db.coSponsor.findMany({
    where: { AND: [coSponsorWhereFor(actor), { contributionId }, ...(confirmedOnly ? [{ status: "CONFIRMED" as const }] : [])] },
    orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, organisation: { select: { id: true, name: true } } },
  });
}

export async function listInvitations(actor: Actor) {
  return db.coSponsor.findMany({
    where: invitationWhereFor(actor),
    orderBy: [{ invitedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      organisation: { select: { name: true } },
      contribution: { select: { id: true, title: true, summary: true, language: true, referenceNumber: true, status: true, organisation: { select: { name: true } }, consultation: { select: { closesAt: true, timeZone: true } } } },
    },
  });
}

/** Verified organisations other than `exceptId`, by name, for the invitation form. */
export function listInvitableOrganisations(actor: Actor, exceptId: string) {
  return db.organisation.findMany({ where: { AND: [organisationWhereFor(actor), { verified: true, NOT: { id: exceptId } }] }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
