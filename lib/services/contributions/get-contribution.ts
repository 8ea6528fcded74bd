/**
 * One contribution in full, for whoever may see it: by id within the caller's scope (contributor
 * and secretariat pages), or by reference number among published ones (public permanent address).
 * Both return null when the contribution does not exist OR may not be seen: pages answer 404
 * either way, so existence is never revealed.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { PUBLISHED, contributionWhereFor } from "@/lib/auth/scopes";

const include = {
  organisation: { select: { id: true, name: true, membershipCategory: true, stakeholderGroup: true, country: true, ituRegion: true } },
  consultation: { select: { id: true, slug: true, code: true, title: true, timeZone: true, closesAt: true } },
  answers: { include: { question: { select: { position: true, text: true } } }, orderBy: { question: { position: "asc" } } },
} as const;

export async function getContribution(actor: Actor, id: string) {
  return db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id }] },
    include: {
      ...include,
      auditEvents: { orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } },
    },
  });
}

export async function getPublishedContribution(referenceNumber: string) {
  return db.contribution.findFirst({ where: { AND: [PUBLISHED, { referenceNumber }] }, include });
}

export type ContributionDetail = NonNullable<Awaited<ReturnType<typeof getContribution>>>;
export type PublishedContribution = NonNullable<Awaited<ReturnType<typeof getPublishedContribution>>>;
