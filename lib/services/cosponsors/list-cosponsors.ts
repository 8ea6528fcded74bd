/**
 * Reading co-sponsorships: a contribution's co-sponsors (all statuses for those who may see the
 * contribution; confirmed only for the public page), the invitations waiting for the actor's
 * organisations (as focal point), and organisations that can be invited.
 */
import "server-only";
import { db } from "@/lib/db";
import { organisationsWith, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";

export async function listCoSponsors(actor: Actor, contributionId: string, { confirmedOnly = false } = {}) {
  return db.coSponsor.findMany({
    where: { contribution: { AND: [contributionWhereFor(actor), { id: contributionId }] }, ...(confirmedOnly ? { status: "CONFIRMED" as const } : {}) },
    orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, organisation: { select: { id: true, name: true } } },
  });
}

export async function listInvitations(actor: Actor) {
  const organisations = organisationsWith(actor, "cosponsor.confirm");
  if (!organisations.length) return [];
  return db.coSponsor.findMany({
    where: { organisationId: { in: organisations }, status: { not: "WITHDRAWN" } },
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
export function listInvitableOrganisations(exceptId: string) {
  return db.organisation.findMany({ where: { verified: true, NOT: { id: exceptId } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
