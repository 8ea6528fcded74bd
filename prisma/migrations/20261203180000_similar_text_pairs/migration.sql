-- Issue 16 (bench:queue, duplicates page 1.4 s at 50,000): campaign candidates were found by a
-- pg_trgm self-join of every non-draft against the GiST index on each view. The similar pairs
-- are now kept with the data: a contribution's pairs are worked out once per text
-- (lib/services/triage/similar-pairs.ts), so a view reads the pairs and works out only the
-- contributions whose text changed since.
--
-- One row per pair of non-drafts of one consultation whose "dupText" are similar (pg_trgm `%` at
-- the campaigns' threshold), a < b. No foreign keys (as PublishedFacetCount: Prisma declares no
-- relation): a pair whose contribution is gone simply joins to nothing.
CREATE TABLE "SimilarTextPair" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    CONSTRAINT "SimilarTextPair_pkey" PRIMARY KEY ("a", "b")
);
CREATE INDEX "SimilarTextPair_b_idx" ON "SimilarTextPair"("b");

-- md5 of the "dupText" the contribution's pairs were worked out from (NULL: never). A non-draft
-- whose text has changed since (or that left the drafts) is in this partial index, so a view finds
-- the few to work out without reading the other rows. Not in the Prisma schema (like "dupText").
ALTER TABLE "Contribution" ADD COLUMN "pairsHash" text;
CREATE INDEX "Contribution_pairs_stale_idx" ON "Contribution"("id")
  WHERE "status" <> 'DRAFT' AND "pairsHash" IS DISTINCT FROM md5("dupText");
