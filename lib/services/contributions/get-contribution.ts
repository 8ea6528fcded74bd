/**
 * One contribution in full, for whoever may see it: by id within the caller's scope (contributor
 * and secretariat pages), or by reference number among published ones (public permanent address).
 * Both return null when the contribution does not exist OR may not be seen: pages answer 404
 * either way, so existence is never revealed.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, organisationsWith, type Actor } from "@/lib/auth/permissions";
import { PUBLISHED, contributionWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";

const include = {
  organisation: { select: { id: true, name: true, membershipCategory: true, stakeholderGroup: true, country: true, ituRegion: true } },
  consultation: { select: { id: true, slug: true, code: true, title: true, timeZone: true, closesAt: true } },
  answers: { include: { question: { select: { position: true, text: true } } }, orderBy: { question: { position: "asc" } } },
  // Action Line revision proposals with the provision each amends (its baseline text and version).
  proposals: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      number: true,
      position: true,
      marker: true,
      text: true,
      reasons: true,
      decision: true,
      decisionNote: true,
      provision: { select: { ref: true, actionLine: true, kind: true, text: true, partial: true, baseline: { select: { version: true, language: true } } } },
    },
  },
} as const;

export async function getContribution(actor: Actor, id: string) {
  if (!isId(id)) return null;
  return db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id }] },
    include: {
      ...include,
      auditEvents: { orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } },
    },
  });
}

// The public never loads the secretariat's notes on proposals (addressed to the organisation).
const { decisionNote: _note, ...publicProposalFields } = include.proposals.select;
const publicInclude = { ...include, proposals: { ...include.proposals, select: publicProposalFields } } as const;

export async function getPublishedContribution(referenceNumber: string) {
  return db.contribution.findFirst({ where: { AND: [PUBLISHED, { referenceNumber }] }, include: publicInclude });
}

export type ContributionDetail = NonNullable<Awaited<ReturnType<typeof getContribution>>>;
export type PublishedContribution = NonNullable<Awaited<ReturnType<typeof getPublishedContribution>>>;

/**
 * A contribution for the organisation's own pages (/my/…): its members see all of it; a focal
 * point of an organisation invited to co-sponsor it sees its content only ("invited": without the
 * secretariat's notes on its revision proposals, which are for the proposing organisation). Anyone
 * else gets null (404), published or not: the public has the public page.
 */
export async function getOwnContribution(actor: Actor, id: string) {
  const contribution = await getContribution(actor, id);
  if (!contribution || actor.kind !== "user") return null;
  if (can(actor, "contribution.read-organisation", { organisationId: contribution.organisationId })) return { contribution, access: "member" as const };
  const focalPointOf = organisationsWith(actor, "cosponsor.confirm");
  const invited = await db.coSponsor.count({ where: { contributionId: id, organisationId: { in: focalPointOf }, status: { in: ["INVITED", "CONFIRMED"] } } });
  if (!invited) return null;
  // The secretariat's notes on each proposal are addressed to the proposing organisation.
  const proposals = contribution.proposals.map((p) => ({ ...p, decisionNote: null }));
  return { contribution: { ...contribution, proposals }, access: "invited" as const };
}
