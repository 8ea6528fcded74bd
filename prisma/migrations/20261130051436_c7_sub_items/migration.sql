-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "c7SubItems" TEXT[] DEFAULT ARRAY[]::TEXT[];


-- The public list's covering index carries the C7 sub-items too (their facet), as it does the
-- other facets' columns (see 20261130050000_published_index_facets).
DROP INDEX IF EXISTS "Contribution_published_idx";
CREATE INDEX "Contribution_published_idx" ON "Contribution"("publishedAt", "id")
  INCLUDE ("language", "actionLines", "sdgs", "organisationId", "consultationId", "type", "c7SubItems") WHERE "status" = 'ACCEPTED';
