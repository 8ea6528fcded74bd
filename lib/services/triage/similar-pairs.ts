/**
 * Pairs of similar texts, kept with the data (issue 16: the duplicates page compared every
 * non-draft with its neighbours on each view, 1.4 s at 50,000). A contribution's pairs are worked
 * out when its text is new to them: "pairsHash" holds the md5 of the "dupText" they were worked out
 * from, and the partial index "Contribution_pairs_stale_idx" lists the non-drafts whose text
 * differs (submitted, edited, or never seen), so finding them reads only those
 * (prisma/migrations/20261203180000_similar_text_pairs).
 *
 * Worked out on read, by whoever asks for the candidates first, rather than in the submission's
 * transaction: a submission at the deadline pays nothing for it, and the page never shows stale
 * pairs. One refresh at a time (an advisory lock): a second viewer waits, then finds nothing left.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { DRAFT_STATUS } from "@/lib/rules/statuses";

/** Similarity (0–1) from which two texts are taken for the same letter. */
export const CAMPAIGN_MIN = 0.7;
const NOT_DRAFT = Prisma.raw(`'${DRAFT_STATUS}'`);
// Any fixed number shared by the refreshers; hashtext() of the name would do as well.
const REFRESH_LOCK = 1_627_016;

/** Brings the pairs up to date with every non-draft's text; returns how many texts were worked out. */
export async function refreshSimilarPairs(): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`;
      // `%` is pg_trgm's "similar" operator (its threshold is this setting), answered by the GiST
      // index on "dupText": each changed text looks up its neighbours instead of comparing all.
      await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CAMPAIGN_MIN)}, true)`;
      const stale = await tx.$queryRaw<{ id: string; h: string }[]>`
        SELECT "id", md5("dupText") AS h FROM "Contribution"
        WHERE "status" <> ${NOT_DRAFT} AND "pairsHash" IS DISTINCT FROM md5("dupText")`;
      if (stale.length === 0) return 0;
      const ids = stale.map((s) => s.id);
      await tx.$executeRaw`DELETE FROM "SimilarTextPair" WHERE "a" = ANY(${ids}::text[]) OR "b" = ANY(${ids}::text[])`;
      await tx.$executeRaw`
        INSERT INTO "SimilarTextPair" ("a", "b")
        SELECT least(x."id", o."id"), greatest(x."id", o."id") FROM "Contribution" x
        JOIN "Contribution" o ON o."consultationId" = x."consultationId" AND o."id" <> x."id" AND o."status" <> ${NOT_DRAFT} AND o."dupText" % x."dupText"
        WHERE x."id" = ANY(${ids}::text[])
        ON CONFLICT DO NOTHING`;
      // Marked with the text read above: one edited meanwhile keeps a different md5 and stays
      // in the stale index for the next refresh.
      await tx.$executeRaw`
        UPDATE "Contribution" c SET "pairsHash" = s.h
        FROM unnest(${ids}::text[], ${stale.map((s) => s.h)}::text[]) AS s(id, h) WHERE c."id" = s.id`;
      return ids.length;
    },
    // The first refresh after the migration works out every text (about 2 s at 50,000).
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Similar pairs of non-drafts not yet in a campaign, at most `limit`, for the actor's scope (`scope`: lib/auth/scopes.ts queueSqlFor). */
export async function readSimilarPairs(scope: Prisma.Sql, limit: number): Promise<{ a: string; b: string }[]> {
  return db.$queryRaw<{ a: string; b: string }[]>`
    SELECT p."a", p."b" FROM "SimilarTextPair" p
    JOIN "Contribution" c ON c."id" = p."a"
    JOIN "Contribution" o ON o."id" = p."b"
    WHERE ${scope} AND c."campaignId" IS NULL AND o."status" <> ${NOT_DRAFT} AND o."campaignId" IS NULL
    LIMIT ${limit}`;
}
