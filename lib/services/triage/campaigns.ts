/**
 * Campaigns (issue 14 item 4): near-identical texts sent by several organisations, grouped by the
 * secretariat around one representative contribution.
 * - Candidates: non-drafts of one consultation, not yet in a campaign, whose "dupText" (title and
 *   start of the body, normalised: the likely-duplicates column) are at least CAMPAIGN_MIN similar
 *   by pg_trgm (so a letter with a changed greeting or signature still counts, not only identical
 *   bodies), joined into groups (connected pairs), largest first.
 * - Confirming a group makes a Campaign: one transaction, each member's "campaignId IS NULL" in
 *   the UPDATE's WHERE (two people confirming overlapping groups: one wins, the other is told
 *   CONFLICT), an audit event and an e-mail (in its language) per member. Dissolving is audited.
 * - Public: the published representative's page says how many organisations sent the same text,
 *   and names those whose contribution agreed to be named (Contribution.nameInCampaign).
 * Reads in the secretariat's scope use queueSqlFor/queueWhereFor (lib/auth/scopes.ts); the public
 * summary goes through PUBLISHED.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { DRAFT_STATUS, PUBLISHED_STATUS } from "@/lib/rules/statuses";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { PUBLISHED, queueSqlFor, queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudits } from "@/lib/services/audit";
import { enqueueEmails } from "@/lib/email/outbox";
import { onInvalidation } from "@/lib/cache/invalidation";
import { announceChange } from "@/lib/services/announce-change";

/** Similarity (0–1) from which two texts are taken for the same letter. */
export const CAMPAIGN_MIN = 0.7;
/** At most this many similar pairs are read at once (the page shows the largest groups). */
const PAIR_LIMIT = 5_000;

export interface CampaignMember {
  id: string;
  referenceNumber: string | null;
  title: string;
  status: string;
  organisation: string;
  nameInCampaign: boolean;
}
export interface CampaignCandidate {
  consultationCode: string;
  /** The representative first, then by arrival; at most CANDIDATE_MEMBERS_SHOWN. */
  members: CampaignMember[];
  /** The group's other members (ids, by arrival): included when the group is confirmed. */
  more: string[];
  /** The suggested representative: a published member, else the first received. */
  representativeId: string;
}
export interface ConfirmedCampaign {
  id: string;
  representativeId: string;
  confirmedAt: Date;
  members: CampaignMember[];
}

const memberSelect = { id: true, referenceNumber: true, title: true, status: true, nameInCampaign: true, submittedAt: true, consultation: { select: { code: true } }, organisation: { select: { name: true } } } as const;
type MemberRow = { id: string; referenceNumber: string | null; title: string; status: string; nameInCampaign: boolean; organisation: { name: string } };
const toMember = (r: MemberRow): CampaignMember => ({ id: r.id, referenceNumber: r.referenceNumber, title: r.title, status: r.status, organisation: r.organisation.name, nameInCampaign: r.nameInCampaign });

/**
 * Groups are looked for again at most this often (ms). Looking compares every text with its
 * neighbours through the trigram index: about a second at 50,000 contributions, on every view of
 * the duplicates page (bench:queue, docs/performance.md). Between two looks, confirming a group
 * shows at once (members already in a campaign are left out as the page is read), dissolving one
 * is announced to every server (its members are candidates again), a new or revised text waits
 * for the next look. The page says so (messages: campaigns.hint).
 */
export const CAMPAIGN_GROUPS_TTL_MS = 60_000;

// One entry: every holder of queue.view has the same scope (the key says which it is).
let cachedGroups: { key: string; at: number; groups: Promise<string[][]> } | undefined;
onInvalidation("campaign-groups", () => {
  cachedGroups = undefined;
});

/** The ids of the `limit` largest groups of similar texts, from the cache while it is fresh. */
function similarGroups(actor: Actor, limit: number, now: number): Promise<string[][]> {
  const scope = queueSqlFor(actor);
  const key = `${scope.sql}|${JSON.stringify(scope.values)}|${limit}`;
  if (!cachedGroups || cachedGroups.key !== key || now - cachedGroups.at >= CAMPAIGN_GROUPS_TTL_MS || now < cachedGroups.at) {
    const groups = findSimilarGroups(actor, limit);
    cachedGroups = { key, at: now, groups };
    // A failed look is not kept: the next view tries again.
    groups.catch(() => {
      if (cachedGroups?.groups === groups) cachedGroups = undefined;
    });
  }
  return cachedGroups.groups;
}

async function findSimilarGroups(actor: Actor, limit: number): Promise<string[][]> {
  const pairs = await db.$transaction(async (tx) => {
    // `%` is pg_trgm's "similar" operator (its threshold is this setting), answered by the GiST
    // index on "dupText", so each contribution looks up its neighbours instead of comparing all.
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CAMPAIGN_MIN)}, true)`;
    return tx.$queryRaw<{ a: string; b: string }[]>`
      SELECT c."id" AS a, o."id" AS b FROM "Contribution" c
      JOIN "Contribution" o ON o."consultationId" = c."consultationId" AND o."id" > c."id" AND o."dupText" % c."dupText"
      WHERE ${queueSqlFor(actor)} AND c."campaignId" IS NULL AND o."status" <> ${Prisma.raw(`'${DRAFT_STATUS}'`)} AND o."campaignId" IS NULL
      LIMIT ${PAIR_LIMIT}`;
  });
  // Connected pairs make a group (union-find).
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) parent.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const id of new Set(pairs.flatMap((p) => [p.a, p.b]))) (groups.get(find(id)) ?? groups.set(find(id), []).get(find(id))!).push(id);
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1)).slice(0, limit);
}

/**
 * Members listed one by one per group (each can be left out or chosen as representative); the
 * rest are counted and included. A form-letter campaign can have thousands of members: listed,
 * the duplicates page was 2.9 MB and took 0.6 s to render at 20,000 contributions.
 */
export const CANDIDATE_MEMBERS_SHOWN = 50;

type CandidateRow = CampaignMember & { consultationCode: string };
const memberOf = ({ consultationCode: _, ...member }: CandidateRow): CampaignMember => member;

/**
 * Groups of near-identical non-drafts not yet in a campaign (two or more), largest first. The
 * groups are found at most once a minute (CAMPAIGN_GROUPS_TTL_MS); their members are read now,
 * in the queue's scope, without those that joined a campaign since.
 */
export async function listCampaignCandidates(actor: Actor, limit = 20, now = Date.now()): Promise<CampaignCandidate[]> {
  assertCan(actor, "queue.view");
  const largest = await similarGroups(actor, limit, now);
  // Raw SQL with the ids as ONE array parameter: the largest groups of a form-letter campaign
  // hold thousands of ids, and as Prisma's `in` list each was a parameter its client serialised
  // and decoded (about 50 ms of the page's time per view at 50,000 contributions, bench:queue).
  const current = await db.$queryRaw<{ id: string; status: string }[]>`
    SELECT c."id", c."status"::text AS "status" FROM "Contribution" c
    WHERE ${queueSqlFor(actor)} AND c."id" = ANY(${largest.flat()}::text[]) AND c."campaignId" IS NULL
    ORDER BY c."submittedAt", c."id"`;
  const groupOf = new Map(largest.flatMap((ids, g) => ids.map((id) => [id, g] as const)));
  const byGroup = largest.map(() => [] as { id: string; status: string }[]);
  for (const r of current) byGroup[groupOf.get(r.id)!].push(r);
  const groups = byGroup.flatMap((members) => {
    if (members.length < 2) return [];
    const representative = members.find((m) => m.status === PUBLISHED_STATUS) ?? members[0];
    const ordered = [representative, ...members.filter((m) => m !== representative)].map((m) => m.id);
    return [{ representativeId: representative.id, shown: ordered.slice(0, CANDIDATE_MEMBERS_SHOWN), more: ordered.slice(CANDIDATE_MEMBERS_SHOWN) }];
  });
  const details = new Map((await db.$queryRaw<CandidateRow[]>`
    SELECT c."id", c."referenceNumber", c."title", c."status"::text AS "status", c."nameInCampaign", o."name" AS "organisation", k."code" AS "consultationCode"
    FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId" JOIN "Consultation" k ON k."id" = c."consultationId"
    WHERE ${queueSqlFor(actor)} AND c."id" = ANY(${groups.flatMap((g) => g.shown)}::text[])`).map((r) => [r.id, r]));
  return groups.map((g) => ({
    consultationCode: details.get(g.representativeId)!.consultationCode,
    members: g.shown.map((id) => memberOf(details.get(id)!)),
    more: g.more,
    representativeId: g.representativeId,
  }));
}

/** Confirmed campaigns, newest first, with their members. */
export async function listCampaigns(actor: Actor): Promise<ConfirmedCampaign[]> {
  assertCan(actor, "queue.view");
  const campaigns = await db.campaign.findMany({
    where: { representative: queueWhereFor(actor) },
    orderBy: { confirmedAt: "desc" },
    include: { members: { where: queueWhereFor(actor), select: memberSelect, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] } },
  });
  return campaigns.map((c) => ({ id: c.id, representativeId: c.representativeId, confirmedAt: c.confirmedAt, members: c.members.map(toMember) }));
}

/**
 * Groups `memberIds` (two or more, the representative among them) into a campaign.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no contribution.mark-duplicate) | NOT_FOUND (a
 *   member unknown, a draft or out of scope) | CAMPAIGN_INVALID (fewer than two, representative not
 *   a member, several consultations) | CONFLICT (a member joined another campaign meanwhile).
 */
export async function confirmCampaign(actor: Actor, input: { representativeId: string; memberIds: string[] }, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "contribution.mark-duplicate");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  const ids = [...new Set(input.memberIds)];
  if (ids.length < 2 || !ids.includes(input.representativeId)) throw new AppError("CAMPAIGN_INVALID");
  const members = await db.contribution.findMany({
    where: { AND: [queueWhereFor(actor), { id: { in: ids } }] },
    select: { id: true, consultationId: true, organisationId: true, title: true, referenceNumber: true, createdBy: { select: { email: true, locale: true } } },
  });
  if (members.length !== ids.length) throw new AppError("NOT_FOUND");
  if (new Set(members.map((m) => m.consultationId)).size > 1) throw new AppError("CAMPAIGN_INVALID");
  const organisations = new Set(members.map((m) => m.organisationId)).size;
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.create({ data: { representativeId: input.representativeId, confirmedById: actor.userId, confirmedAt: now } }).catch(() => {
      throw new AppError("CAMPAIGN_CONFLICT");
    });
    const { count } = await tx.contribution.updateMany({ where: { id: { in: ids }, campaignId: null }, data: { campaignId: campaign.id } });
    if (count !== ids.length) throw new AppError("CAMPAIGN_CONFLICT");
    // One statement each, not two per member: a campaign can have thousands.
    await recordAudits(tx, members.map((m) => ({ actorId: actor.userId, action: "campaign.confirm", contributionId: m.id, data: { campaignId: campaign.id, representativeId: input.representativeId, members: ids.length }, at: now })));
    await enqueueEmails(tx, members.map((m) => ({ to: m.createdBy.email, locale: m.createdBy.locale, kind: "campaignConfirmed", contributionId: m.id, params: { title: m.title, referenceNumber: m.referenceNumber ?? "", organisations: String(organisations) } })));
    return { id: campaign.id };
  });
}

/**
 * Undoes a campaign: its members are single contributions again (audited per member).
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND (unknown, or dissolved meanwhile).
 */
export async function dissolveCampaign(actor: Actor, input: { campaignId: string }, now = new Date()): Promise<void> {
  assertCan(actor, "contribution.mark-duplicate");
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  await db.$transaction(async (tx) => {
    const members = await tx.contribution.findMany({ where: { campaignId: input.campaignId }, select: { id: true } });
    const { count } = await tx.campaign.deleteMany({ where: { id: input.campaignId } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudits(tx, members.map((m) => ({ actorId: actor.userId, action: "campaign.dissolve", contributionId: m.id, data: { campaignId: input.campaignId }, at: now })));
  });
  // Its members are candidates again: every server looks for groups afresh.
  await announceChange("campaign-groups");
}

export interface PublicCampaign {
  /** Organisations that sent the same text, this one included. */
  organisations: number;
  /** Those that agreed to be named, other than the representative's own. */
  named: string[];
}

/**
 * What the public page of a published contribution says of its campaign: null unless it
 * represents one. Counts organisations (several letters from one count once), names only those
 * whose contribution agreed to it; never lists the members' contributions.
 */
export async function publicCampaignOf(contributionId: string): Promise<PublicCampaign | null> {
  const rep = await db.contribution.findFirst({ where: { AND: [PUBLISHED, { id: contributionId }] }, select: { organisationId: true, representing: { select: { members: { select: { organisationId: true, nameInCampaign: true, organisation: { select: { name: true } } } } } } } });
  if (!rep?.representing) return null;
  const members = rep.representing.members;
  const organisations = new Set([rep.organisationId, ...members.map((m) => m.organisationId)]).size;
  if (organisations < 2) return null;
  const named = [...new Set(members.filter((m) => m.nameInCampaign && m.organisationId !== rep.organisationId).map((m) => m.organisation.name))].sort((a, b) => a.localeCompare(b));
  return { organisations, named };
}
