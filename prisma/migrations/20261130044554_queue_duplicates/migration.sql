-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "duplicateOfId" TEXT;

-- CreateIndex
CREATE INDEX "Contribution_duplicateOfId_idx" ON "Contribution"("duplicateOfId");

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Contribution"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Duplicates (lib/services/triage/duplicates.ts). Written by hand: Prisma cannot express
-- generated columns, functions or operator-class indexes, and never reads or writes these.
-- A duplicate mark never points to its own row (cycles through several rows are refused by the
-- service under an advisory lock per consultation).
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_not_own_duplicate" CHECK ("duplicateOfId" IS NULL OR "duplicateOfId" <> "id");

-- The text compared for near-duplicates: lower-cased, Arabic-normalised (wsis_normalize_ar),
-- every run of characters that are not letters or digits folded to one space.
CREATE OR REPLACE FUNCTION wsis_dup_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
  SELECT btrim(regexp_replace(lower(public.wsis_normalize_ar(input)), '[^[:alnum:]]+', ' ', 'g'))
$fn$;

-- Likely duplicates: title and the first 2,000 characters of the body (a letter's opening is
-- what campaigns share, and trigram comparison of whole 200,000-character bodies would not stay
-- fast), compared by pg_trgm. The GiST index answers "nearest first" (<->) directly.
ALTER TABLE "Contribution" ADD COLUMN "dupText" text
  GENERATED ALWAYS AS (public.wsis_dup_normalize(coalesce("title", '') || ' ' || left(coalesce("body", ''), 2000))) STORED;
CREATE INDEX "Contribution_dupText_idx" ON "Contribution" USING GIST ("dupText" gist_trgm_ops(siglen=256)) WHERE "status" <> 'DRAFT';

-- Clusters of near-identical inputs (form-letter campaigns): the same normalised body.
ALTER TABLE "Contribution" ADD COLUMN "bodyHash" text
  GENERATED ALWAYS AS (md5(public.wsis_dup_normalize(coalesce("body", '')))) STORED;
CREATE INDEX "Contribution_bodyHash_idx" ON "Contribution"("consultationId", "bodyHash") WHERE "status" <> 'DRAFT';
