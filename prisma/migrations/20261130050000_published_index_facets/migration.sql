-- The public list's covering index (see 20261130040000_search_and_queue_indexes, part 4) also
-- carries the columns of the consultation and type facets, so those counts stay index-only
-- scans like the others. Same key and WHERE (identical to PUBLISHED_SQL in lib/auth/scopes.ts).
-- Not declared in schema.prisma: Prisma cannot express a partial index with INCLUDE.
DROP INDEX IF EXISTS "Contribution_published_idx";
CREATE INDEX "Contribution_published_idx" ON "Contribution"("publishedAt", "id")
  INCLUDE ("language", "actionLines", "sdgs", "organisationId", "consultationId", "type") WHERE "status" = 'ACCEPTED';
