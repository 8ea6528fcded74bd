/**
 * Duplicates in the secretariat's triage (issue #4):
 * - likely duplicates of one contribution: the five most similar non-drafts of the same
 *   consultation by pg_trgm similarity of "dupText" (title and the start of the body, lower-cased,
 *   Arabic-normalised, punctuation folded: wsis_dup_text, a stored generated column with a GiST
 *   trigram index, prisma/migrations/*_queue_duplicates), nearest first via the `<->` distance;
 * - marking a contribution as a duplicate of another (Contribution.duplicateOfId) and unmarking
 *   it, audited, refused when it changed meanwhile (CONFLICT), would point to itself, to another
 *   consultation or close a cycle (DUPLICATE_INVALID);
 * - clusters of near-identical inputs (form-letter campaigns): non-drafts of a consultation with
 *   the same normalised body ("bodyHash", md5 of the body after the same normalisation), with
 *   counts.
 * Raw SQL reads use queueSqlFor(actor) (not a draft), the queue's scope (lib/auth/scopes.ts).
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueSqlFor, queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { enqueueEmail } from "@/lib/email/outbox";
import { TRANSITIONS, canTransition, type Status } from "@/lib/rules/transitions";
import { canMarkDuplicate, isPublished } from "@/lib/rules/decisions";

/** Below this similarity (0–1) a neighbour is not shown as a likely duplicate. */
export const LIKELY_DUPLICATE_MIN = 0.3;

export interface LikelyDuplicate {
  id: string;
  referenceNumber: string | null;
  title: string;
  language: string | null;
  status: string;
  /** Trigram similarity of title and body start, 0–100 (whole percent). */
  percent: number;
}

async function visibleNonDraft(actor: Actor, id: string) {
  const c = await db.contribution.findFirst({
    where: { AND: [queueWhereFor(actor), { id }] },
    select: { id: true, consultationId: true, duplicateOfId: true, status: true },
  });
  if (!c) throw new AppError("NOT_FOUND");
  return c;
}

/**
 * The (at most) five non-drafts of the same consultation most similar to `contributionId`,
 * similarity ≥ LIKELY_DUPLICATE_MIN, most similar first.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view) | NOT_FOUND.
 */
export async function findLikelyDuplicates(actor: Actor, contributionId: string): Promise<LikelyDuplicate[]> {
  assertCan(actor, "queue.view");
  return likelyDuplicatesOf(actor, await visibleNonDraft(actor, contributionId));
}

/**
 * The same for a contribution the caller has already loaded through the queue's scope (a screen
 * loader): `c` only names the reference text; every neighbour is read within queueSqlFor(actor).
 */
export async function likelyDuplicatesOf(actor: Actor, c: { id: string; consultationId: string }): Promise<LikelyDuplicate[]> {
  assertCan(actor, "queue.view");
  // The text is bound as a value (not joined in), so the GiST index can order by distance to it:
  // 30–40 ms at 50,000 rows instead of a full comparison (seconds).
  const [me] = await db.$queryRaw<{ t: string }[]>`SELECT "dupText" AS t FROM "Contribution" WHERE "id" = ${c.id}`;
  const rows = await db.$queryRaw<(Omit<LikelyDuplicate, "percent"> & { similarity: number })[]>`
    SELECT c."id", c."referenceNumber", c."title", c."language", c."status"::text AS "status", similarity(c."dupText", ${me.t})::float8 AS "similarity"
    FROM "Contribution" c
    WHERE ${queueSqlFor(actor)} AND c."consultationId" = ${c.consultationId} AND c."id" <> ${c.id}
    ORDER BY c."dupText" <-> ${me.t}, c."id" LIMIT 5`;
  return rows.filter((r) => r.similarity >= LIKELY_DUPLICATE_MIN).map(({ similarity, ...r }) => ({ ...r, percent: Math.round(similarity * 100) }));
}

/**
 * Marks `contributionId` a duplicate of `duplicateOfId`, or unmarks it (null). `expected` is the
 * current duplicateOfId as the caller saw it (null: none). Marking is a decision (issue 14 item 4):
 * a contribution waiting for the secretariat moves to DUPLICATE (TRANSITIONS.markDuplicate; one
 * already DUPLICATE may be pointed at another); unmarking takes it back to UNDER_REVIEW
 * (TRANSITIONS.unmarkDuplicate). One transaction under an advisory lock per consultation, so two
 * concurrent marks cannot close a cycle, with the status and mark as read in the UPDATE's WHERE;
 * audited as contribution.markDuplicate / contribution.unmarkDuplicate with { from, to } and the
 * statuses; e-mailed to the contribution's creator in their language.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no contribution.mark-duplicate) | NOT_FOUND (either
 *   contribution unknown, out of scope or a draft) | CONFLICT { status } (changed meanwhile) |
 *   DUPLICATE_INVALID (itself, another consultation, or a cycle) | INVALID_TRANSITION { status }
 *   (decided already: accepted, rejected, withdrawn…).
 */
export async function markDuplicate(actor: Actor, input: { contributionId: string; duplicateOfId: string | null; expected: string | null }, now = new Date()) {
  assertCan(actor, "contribution.mark-duplicate");
  const c = await visibleNonDraft(actor, input.contributionId);
  const target = input.duplicateOfId ? await visibleNonDraft(actor, input.duplicateOfId) : null;
  if (target && (target.id === c.id || target.consultationId !== c.consultationId)) throw new AppError("DUPLICATE_INVALID");
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`duplicates:${c.consultationId}`}))`;
    const [current] = await tx.$queryRaw<{ duplicateOfId: string | null; status: Status }[]>`SELECT "duplicateOfId", "status"::text AS "status" FROM "Contribution" WHERE "id" = ${c.id} FOR UPDATE`;
    if (current.duplicateOfId !== input.expected) throw new AppError("CONFLICT", { status: current.status });
    if (current.duplicateOfId === input.duplicateOfId) return;
    if (target) {
      if (!canMarkDuplicate(current.status)) throw new AppError("INVALID_TRANSITION", { status: current.status });
      // The chain from the target must not come back to this contribution.
      const [{ cycle }] = await tx.$queryRaw<{ cycle: boolean }[]>`
        WITH RECURSIVE chain(id, depth) AS (
          SELECT ${target.id}::text, 0
          UNION ALL SELECT c."duplicateOfId", chain.depth + 1 FROM "Contribution" c JOIN chain ON c."id" = chain.id
          WHERE c."duplicateOfId" IS NOT NULL AND chain.depth < 10000)
        SELECT EXISTS (SELECT 1 FROM chain WHERE id = ${c.id}) AS cycle`;
      if (cycle) throw new AppError("DUPLICATE_INVALID");
    }
    // The new status: DUPLICATE when marked, back to review when a DUPLICATE is unmarked (a mark
    // from before duplicates were decisions leaves the status as it was).
    const transition = target ? TRANSITIONS.markDuplicate : canTransition("unmarkDuplicate", current.status) ? TRANSITIONS.unmarkDuplicate : null;
    const toStatus: Status = transition?.to ?? current.status;
    const { count } = await tx.contribution.updateMany({
      where: { id: c.id, status: current.status, duplicateOfId: current.duplicateOfId },
      data: { duplicateOfId: input.duplicateOfId, status: toStatus, ...(target && { decidedAt: now }) },
    });
    if (count === 0) throw new AppError("CONFLICT", { status: current.status });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: input.duplicateOfId ? "contribution.markDuplicate" : "contribution.unmarkDuplicate",
      contributionId: c.id,
      fromStatus: current.status,
      toStatus,
      data: { from: current.duplicateOfId, to: input.duplicateOfId },
      at: now,
    });
    if (target) await emailDuplicateMark(tx, c.id, target.id);
    else if (transition) await emailDuplicateUnmark(tx, c.id);
  });
}

/** Tells the creator, in their language, that the duplicate decision was reversed (back under review). */
async function emailDuplicateUnmark(tx: Prisma.TransactionClient, contributionId: string) {
  const c = await tx.contribution.findUniqueOrThrow({ where: { id: contributionId }, select: { title: true, referenceNumber: true, createdBy: { select: { email: true, locale: true } } } });
  await enqueueEmail(tx, { to: c.createdBy.email, locale: c.createdBy.locale, kind: "duplicateUnmarked", contributionId, params: { title: c.title, referenceNumber: c.referenceNumber ?? "" } });
}

/**
 * Tells the contribution's creator, in their language, that it was marked a duplicate (issue 15
 * item 2: every change the contributor can see is notified). The other contribution is named by
 * its document number only when it is published: an unpublished one may be another
 * organisation's, whose existence is not the contributor's to know.
 */
async function emailDuplicateMark(tx: Prisma.TransactionClient, contributionId: string, targetId: string) {
  const c = await tx.contribution.findUniqueOrThrow({ where: { id: contributionId }, select: { title: true, referenceNumber: true, createdBy: { select: { email: true, locale: true } } } });
  const target = await tx.contribution.findUniqueOrThrow({ where: { id: targetId }, select: { status: true, documentNumber: true } });
  const published = isPublished(target.status) && target.documentNumber ? target.documentNumber : "";
  await enqueueEmail(tx, {
    to: c.createdBy.email,
    locale: c.createdBy.locale,
    kind: "markedDuplicate",
    contributionId,
    params: { title: c.title, referenceNumber: c.referenceNumber ?? "", documentNumber: published, published: published ? "yes" : "no" },
  });
}

/** The contribution `duplicateOfId` names, within the queue's scope (null: none or not visible). */
export async function duplicateTarget(actor: Actor, duplicateOfId: string | null) {
  assertCan(actor, "queue.view");
  if (!duplicateOfId) return null;
  return db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: duplicateOfId }] }, select: { id: true, referenceNumber: true, title: true } });
}

export interface DuplicateCluster {
  consultationId: string;
  consultationCode: string;
  bodyHash: string;
  count: number;
  /** Up to five members, oldest submission first. */
  sample: { id: string; referenceNumber: string | null; title: string }[];
}

/**
 * Clusters of non-drafts with the same normalised body in one consultation (at least two), the
 * largest first (then by hash, for a stable order), at most `limit`.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view).
 */
export async function listDuplicateClusters(actor: Actor, limit = 50): Promise<DuplicateCluster[]> {
  assertCan(actor, "queue.view");
  const groups = await db.$queryRaw<{ consultationId: string; bodyHash: string; count: number }[]>`
    SELECT c."consultationId", c."bodyHash", count(*)::int AS count FROM "Contribution" c
    WHERE ${queueSqlFor(actor)} GROUP BY 1, 2 HAVING count(*) > 1 ORDER BY count(*) DESC, 2 LIMIT ${limit}`;
  if (!groups.length) return [];
  const members = await db.$queryRaw<{ consultationId: string; bodyHash: string; id: string; referenceNumber: string | null; title: string; code: string }[]>`
    SELECT m.* FROM (VALUES ${Prisma.join(groups.map((g) => Prisma.sql`(${g.consultationId}, ${g.bodyHash})`))}) AS g(cid, h)
    CROSS JOIN LATERAL (
      SELECT c."consultationId", c."bodyHash", c."id", c."referenceNumber", c."title", k."code"
      FROM "Contribution" c JOIN "Consultation" k ON k."id" = c."consultationId"
      WHERE ${queueSqlFor(actor)} AND c."consultationId" = g.cid AND c."bodyHash" = g.h
      ORDER BY c."submittedAt", c."id" LIMIT 5) m`;
  return groups.map((g) => {
    const mine = members.filter((m) => m.consultationId === g.consultationId && m.bodyHash === g.bodyHash);
    return { ...g, consultationCode: mine[0]?.code ?? "", sample: mine.map(({ id, referenceNumber, title }) => ({ id, referenceNumber, title })) };
  });
}
