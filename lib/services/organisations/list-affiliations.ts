/** Reading affiliations: the caller's own, the secretariat's pending queue, organisations to choose from. */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { membershipWhereFor, organisationWhereFor } from "@/lib/auth/scopes";

export async function listMyMemberships(actor: Actor) {
  if (actor.kind !== "user") return [];
  return db.membership.findMany({
    where: { AND: [membershipWhereFor(actor), { userId: actor.userId }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, verifiedAt: true, invitedAt: true, organisation: { select: { id: true, name: true, verified: true } } },
  });
}

/** Pending affiliations, oldest first, with the person and the organisation (proposed or not). */
export async function listPendingAffiliations(actor: Actor) {
  assertCan(actor, "affiliation.verify");
  return db.membership.findMany({
    // A focal point's invitation is the person's to answer, not the secretariat's.
    where: { AND: [membershipWhereFor(actor), { verifiedAt: null, invitedById: null }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
      organisation: { select: { id: true, name: true, shortCode: true, verified: true, membershipCategory: true, stakeholderGroup: true, country: true, ituRegion: true } },
    },
  });
}

export function listVerifiedOrganisations(actor: Actor) {
  return db.organisation.findMany({ where: { AND: [organisationWhereFor(actor), { verified: true }] }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
