/**
 * Reading co-sponsorships: a contribution's co-sponsors (all statuses for those who may see the
 * contribution; confirmed only for the public page), the standing invitations of the actor's
 * organisations (as focal point: invitationWhereFor), and organisations that can be invited.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { coSponsorWhereFor, invitationWhereFor, organisationWhereFor } from "@/lib/auth/scopes";
import { coSponsorsClosed } from "@/lib/rules/cosponsors";

export async function listCoSponsors(actor: Actor, contributionId: string, { confirmedOnly = false } = {}) {
  return db.coSponsor.findMany({
    where: { AND: [coSponsorWhereFor(actor), { contributionId }, ...(confirmedOnly ? [{ status: "CONFIRMED" as const }] : [])] },
    orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, organisation: { select: { id: true, name: true } } },
  });
}

/**
 * Invitations to the actor's organisations, each with `closed`: why it can no longer be answered
 * (the deadline passed, or a decision closed the contribution), or null; the page then shows the
 * reason instead of Confirm and Decline (issue 15 item 9).
 */
export async function listInvitations(actor: Actor, now = new Date()) {
  const rows = await db.coSponsor.findMany({
    where: invitationWhereFor(actor),
    orderBy: [{ invitedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      organisation: { select: { name: true } },
      contribution: { select: { id: true, title: true, summary: true, language: true, referenceNumber: true, status: true, organisation: { select: { name: true } }, consultation: { select: { closesAt: true, timeZone: true } } } },
    },
  });
  return rows.map((row) => ({ ...row, closed: row.status === "INVITED" ? coSponsorsClosed(row.contribution, now) : null }));
}

/** Verified organisations other than `exceptId`, by name, for the invitation form. */
export function listInvitableOrganisations(actor: Actor, exceptId: string) {
  return db.organisation.findMany({ where: { AND: [organisationWhereFor(actor), { verified: true, NOT: { id: exceptId } }] }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
