/**
 * "My contributions": every contribution of the organisations the caller is a verified member
 * of, newest first. Empty for anyone without such a membership.
 */
import "server-only";
import { db } from "@/lib/db";
import { organisationsWith, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";

export async function listOrganisationContributions(actor: Actor) {
  const organisations = organisationsWith(actor, "contribution.read-organisation");
  if (!organisations.length) return [];
  return db.contribution.findMany({
    where: { AND: [contributionWhereFor(actor), { organisationId: { in: organisations } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      referenceNumber: true,
      documentNumber: true,
      title: true,
      language: true,
      status: true,
      submittedAt: true,
      extendedUntil: true,
      organisation: { select: { name: true } },
      consultation: { select: { closesAt: true, timeZone: true } },
    },
  });
}
