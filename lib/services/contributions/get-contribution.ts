/**
 * One contribution in full, for whoever may see it: by id within the caller's scope (contributor
 * and secretariat pages), or by reference number among published ones (public permanent address).
 * Both return null when the contribution does not exist OR may not be seen: pages answer 404
 * either way, so existence is never revealed.
 */
import "server-only";
import { db, publicReadDb } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { PUBLISHED, coSponsorSharedWhereFor, contributionWhereFor, queueWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";
import { proposalsSeenBy } from "@/lib/rules/proposals";

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
    include,
  });
}

/** The same within the secretariat's queue (never a draft, whoever else the person is). */
export async function getQueueContribution(actor: Actor, id: string) {
  if (!isId(id)) return null;
  return db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id }] }, include });
}

// The public never loads the secretariat's notes on proposals (addressed to the organisation).
const { decisionNote: _note, ...publicProposalFields } = include.proposals.select;
const publicInclude = { ...include, proposals: { ...include.proposals, select: publicProposalFields } } as const;

export async function getPublishedContribution(referenceNumber: string) {
  return (await publicReadDb()).contribution.findFirst({ where: { AND: [PUBLISHED, { referenceNumber }] }, include: publicInclude });
}

/**
 * The reference number of the published contribution whose document number is `documentNumber`
 * (CWG-WSIS&SDG/WSIS20/5), or null: people cite document numbers, and the permanent address is
 * built from the reference number (issue 15 item 12).
 */
export async function publishedReferenceOf(documentNumber: string): Promise<string | null> {
  if (!documentNumber || documentNumber.length > 100) return null;
  const c = await (await publicReadDb()).contribution.findFirst({ where: { AND: [PUBLISHED, { documentNumber }] }, select: { referenceNumber: true } });
  return c?.referenceNumber ?? null;
}

export type ContributionDetail = NonNullable<Awaited<ReturnType<typeof getContribution>>>;
export type PublishedContribution = NonNullable<Awaited<ReturnType<typeof getPublishedContribution>>>;

/**
 * A contribution for the organisation's own pages (/my/…): its members see all of it; a focal
 * point of an organisation invited to co-sponsor it sees its content only ("invited": without the
 * secretariat's notes on its revision proposals, which are for the proposing organisation, and
 * without its decisions on them until the contribution is published, issue 12). Anyone else gets
 * null (404), published or not: the public has the public page.
 */
export async function getOwnContribution(actor: Actor, id: string) {
  const contribution = await getContribution(actor, id);
  if (!contribution || actor.kind !== "user") return null;
  if (can(actor, "contribution.read-organisation", { organisationId: contribution.organisationId })) return { contribution, access: "member" as const };
  const invited = await db.contribution.count({ where: { AND: [coSponsorSharedWhereFor(actor), { id }] } });
  if (!invited) return null;
  return { contribution: { ...contribution, proposals: proposalsSeenBy("invited", contribution.status, contribution.proposals) }, access: "invited" as const };
}
