/**
 * Loaders of the admin's organisation screens: the list (filtered, keyset pages by name then id)
 * and one organisation (counts of what a merge would move, the organisations it may merge into).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { organisationAdminWhereFor } from "@/lib/auth/scopes";
import type { TOrganisationListQuery } from "@/lib/schemas/admin";
import type { Prisma } from "@/generated/prisma/client";
import { assertAdmin } from "@/lib/services/admin/admin-guard";

export const ORGANISATION_PAGE_SIZE = 50;

export async function loadAdminOrganisationsView(actor: Actor, q: TOrganisationListQuery) {
  assertAdmin(actor);
  const and: Prisma.OrganisationWhereInput[] = [organisationAdminWhereFor(actor)];
  if (q.q) and.push({ OR: [{ name: { contains: q.q, mode: "insensitive" } }, { shortCode: { contains: q.q, mode: "insensitive" } }] });
  if (q.verified) and.push({ verified: q.verified === "yes" });
  if (q.after) {
    const last = await db.organisation.findUnique({ where: { id: q.after }, select: { name: true, id: true } });
    if (last) and.push({ OR: [{ name: { gt: last.name } }, { name: last.name, id: { gt: last.id } }] });
  }
  const rows = await db.organisation.findMany({
    where: { AND: and },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: ORGANISATION_PAGE_SIZE + 1,
    select: { id: true, name: true, shortCode: true, membershipCategory: true, stakeholderGroup: true, country: true, verified: true, _count: { select: { memberships: true, contributions: true } } },
  });
  const page = rows.slice(0, ORGANISATION_PAGE_SIZE);
  return { rows: page, next: rows.length > ORGANISATION_PAGE_SIZE ? page[page.length - 1].id : null };
}

export async function loadAdminOrganisationView(actor: Actor, organisationId: string) {
  assertAdmin(actor);
  const organisation = await db.organisation.findFirst({
    where: { AND: [organisationAdminWhereFor(actor), { id: organisationId }] },
    include: { _count: { select: { memberships: true, contributions: true, coSponsorships: true } } },
  });
  if (!organisation) return null;
  const others = await db.organisation.findMany({
    where: { AND: [organisationAdminWhereFor(actor), { NOT: { id: organisationId } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortCode: true, updatedAt: true },
  });
  return { organisation, others, may: { withdrawVerification: organisation.verified } };
}

/** The confirmation screen of a merge: both organisations and what would move. */
export async function loadAdminMergeView(actor: Actor, sourceId: string, survivorId: string) {
  assertAdmin(actor);
  if (sourceId === survivorId) return null;
  const select = {
    id: true,
    name: true,
    shortCode: true,
    verified: true,
    updatedAt: true,
    membershipCategory: true,
    stakeholderGroup: true,
    country: true,
    _count: { select: { memberships: true, contributions: true, coSponsorships: true } },
  } as const;
  const [source, survivor] = await Promise.all(
    [sourceId, survivorId].map((id) => db.organisation.findFirst({ where: { AND: [organisationAdminWhereFor(actor), { id }] }, select })),
  );
  return source && survivor ? { source, survivor } : null;
}
