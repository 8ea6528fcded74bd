-- Public search at 50,000 contributions (npm run bench:public, ARCHITECTURE.md "Public search").
--
-- 1. The search document is stored: ranking (ts_rank) read the expression index's input again,
--    recomputing to_tsvector over every matching body on each request. A stored generated column
--    is computed once per write, and the GIN index moves onto it. Prisma does not know the column
--    (it cannot express generated columns), so it never writes it and never selects it.
ALTER TABLE "Contribution" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (public.wsis_document("language", "title", "summary", "body")) STORED;
CREATE INDEX "Contribution_searchDocument_idx" ON "Contribution" USING GIN ("searchDocument");
DROP INDEX "Contribution_search_idx";

-- 2. Chinese substring search. In a database with the C locale pg_trgm extracts no trigrams from
--    non-ASCII letters, so the trigram index cannot narrow a Chinese ILIKE and every request
--    scanned and normalised every text. wsis_han_grams lists the distinct Han characters and
--    pairs of adjacent Han characters of a text. A text containing the query as a substring
--    contains all the query's grams, so "grams @> query grams" is a necessary condition that a
--    GIN index answers, and ILIKE then checks only those candidates. The grams are stored
--    (generated column) because the index condition is re-evaluated on every candidate row,
--    and computing them there cost more than the scan saved. Ranges: CJK Unified Ideographs,
--    Extension A and Compatibility Ideographs.
CREATE OR REPLACE FUNCTION wsis_han_grams(input text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
  SELECT coalesce(array_agg(DISTINCT g), '{}')
  FROM regexp_matches(input, '([㐀-䶿一-鿿豈-﫿]+)', 'g') AS m(run),
       generate_series(1, char_length(m.run[1])) AS i,
       unnest(ARRAY[substr(m.run[1], i, 1), substr(m.run[1], i, 2)]) AS g
$fn$;

ALTER TABLE "Contribution" ADD COLUMN "searchHanGrams" text[]
  GENERATED ALWAYS AS (public.wsis_han_grams(public.wsis_normalize_ar("title" || ' ' || "summary" || ' ' || "body"))) STORED;
CREATE INDEX "Contribution_searchHanGrams_idx" ON "Contribution" USING GIN ("searchHanGrams");

-- 3. The secretariat queue's default order (submittedAt, then id): the first pages are read
--    from the index in order instead of sorting every row that is not a draft. Declared in
--    schema.prisma too. (An index on title, id did not help the deep title-sorted page: the
--    planner rightly prefers a sort to 37,500 random heap reads.)
CREATE INDEX "Contribution_submittedAt_id_idx" ON "Contribution"("submittedAt", "id");

-- 4. The public list and its facets read every published row (count, six facet counts, first
--    page). Their columns in one narrow partial index let PostgreSQL answer them from the index
--    (index-only scans) instead of reading the table, whose rows carry the long texts, eight
--    times per request. The WHERE must stay identical to PUBLISHED_SQL (lib/auth/scopes.ts).
CREATE INDEX "Contribution_published_idx" ON "Contribution"("publishedAt", "id")
  INCLUDE ("language", "actionLines", "sdgs", "organisationId") WHERE "status" = 'ACCEPTED';
