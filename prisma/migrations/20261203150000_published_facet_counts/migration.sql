-- Issue 16 item 2: the public list's facet counts kept with the data (docs/decisions/005).
-- One row per (facet, value) of the published contributions, plus ('_total', '') for their number.
-- Statement-level triggers on "Contribution" and "Organisation" apply the difference a statement
-- makes (transition tables), in the statement's own transaction: every status change (accept,
-- unpublish, withdraw, anything later) is counted without its service calling anything, and a
-- rolled-back change leaves the counts as they were. Reading the unfiltered list's facets is then
-- a read of about a hundred rows instead of a count over every published contribution.

CREATE TABLE "PublishedFacetCount" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "PublishedFacetCount_pkey" PRIMARY KEY ("facet", "value")
);

-- The facet values of one contribution (lib/services/search/search-published.ts FACET_COLUMN:
-- keep the two in step). The organisation's values are read as they are now.
CREATE FUNCTION wsis_facet_values(org_id TEXT, consultation_id TEXT, ctype TEXT, action_lines TEXT[], c7 TEXT[], sdgs INT[], lang TEXT, published_at TIMESTAMP(3))
RETURNS TABLE ("facet" TEXT, "value" TEXT) LANGUAGE sql STABLE AS $fn$
  SELECT '_total', ''
  UNION ALL SELECT 'consultation', consultation_id
  UNION ALL SELECT 'type', ctype
  UNION ALL SELECT 'al', x FROM unnest(action_lines) x
  UNION ALL SELECT 'c7', x FROM unnest(c7) x
  UNION ALL SELECT 'sdg', x::text FROM unnest(sdgs) x
  UNION ALL SELECT 'lang', lang WHERE lang IS NOT NULL
  UNION ALL SELECT 'year', extract(year FROM published_at)::int::text WHERE published_at IS NOT NULL
  UNION ALL SELECT v.facet, v.value FROM "Organisation" o,
    LATERAL (VALUES ('group', o."stakeholderGroup"::text), ('cat', o."membershipCategory"::text), ('region', o."ituRegion"), ('country', o."country")) v(facet, value)
    WHERE o."id" = org_id AND v.value IS NOT NULL
$fn$;

-- Adds `delta` rows (facet, value, difference) to the counts, in key order (two transactions
-- touching the same rows lock them in the same order: no deadlock). A value whose count falls
-- to 0 keeps its row (readers skip it): deleting it would race with a concurrent increment.
CREATE FUNCTION wsis_published_facets_add(delta JSONB) RETURNS VOID LANGUAGE sql AS $fn$
  INSERT INTO "PublishedFacetCount" AS p ("facet", "value", "count")
  SELECT d."facet", d."value", d."n" FROM jsonb_to_recordset(delta) AS d("facet" TEXT, "value" TEXT, "n" INT)
  ORDER BY 1, 2
  ON CONFLICT ("facet", "value") DO UPDATE SET "count" = p."count" + EXCLUDED."count";
$fn$;

-- "Contribution": published rows that came (+1) and went (-1) in one statement.
CREATE FUNCTION wsis_published_facets_contribution() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  delta JSONB;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "PublishedFacetCount";
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(t) INTO delta FROM (
      SELECT f."facet", f."value", count(*)::int AS "n" FROM new_rows r,
        LATERAL wsis_facet_values(r."organisationId", r."consultationId", r."type"::text, r."actionLines", r."c7SubItems", r."sdgs", r."language", r."publishedAt") f
      WHERE r."status" = 'ACCEPTED' GROUP BY 1, 2) t;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(t) INTO delta FROM (
      SELECT f."facet", f."value", -count(*)::int AS "n" FROM old_rows r,
        LATERAL wsis_facet_values(r."organisationId", r."consultationId", r."type"::text, r."actionLines", r."c7SubItems", r."sdgs", r."language", r."publishedAt") f
      WHERE r."status" = 'ACCEPTED' GROUP BY 1, 2) t;
  ELSE
    SELECT jsonb_agg(t) INTO delta FROM (
      SELECT f."facet", f."value", sum(r.sign)::int AS "n" FROM (
          SELECT n.*, 1 AS sign FROM new_rows n WHERE n."status" = 'ACCEPTED'
          UNION ALL SELECT o.*, -1 FROM old_rows o WHERE o."status" = 'ACCEPTED') r,
        LATERAL wsis_facet_values(r."organisationId", r."consultationId", r."type"::text, r."actionLines", r."c7SubItems", r."sdgs", r."language", r."publishedAt") f
      GROUP BY 1, 2 HAVING sum(r.sign) <> 0) t;
  END IF;
  IF delta IS NOT NULL THEN PERFORM wsis_published_facets_add(delta); END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Contribution_published_facets_insert" AFTER INSERT ON "Contribution"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsis_published_facets_contribution();
CREATE TRIGGER "Contribution_published_facets_update" AFTER UPDATE ON "Contribution"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsis_published_facets_contribution();
CREATE TRIGGER "Contribution_published_facets_delete" AFTER DELETE ON "Contribution"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wsis_published_facets_contribution();
CREATE TRIGGER "Contribution_published_facets_truncate" AFTER TRUNCATE ON "Contribution"
  FOR EACH STATEMENT EXECUTE FUNCTION wsis_published_facets_contribution();

-- "Organisation": a changed group, category, region or country moves its published
-- contributions from the old values to the new ones.
CREATE FUNCTION wsis_published_facets_organisation() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  delta JSONB;
BEGIN
  SELECT jsonb_agg(t) INTO delta FROM (
    SELECT v."facet", v."value", sum(x.sign * x.n)::int AS "n" FROM (
        SELECT o."stakeholderGroup"::text AS g, o."membershipCategory"::text AS cat, o."ituRegion" AS region, o."country", -1 AS sign,
               (SELECT count(*) FROM "Contribution" c WHERE c."organisationId" = o."id" AND c."status" = 'ACCEPTED') AS n
          FROM old_rows o JOIN new_rows w ON w."id" = o."id"
          WHERE (o."stakeholderGroup", o."membershipCategory", o."ituRegion", o."country") IS DISTINCT FROM (w."stakeholderGroup", w."membershipCategory", w."ituRegion", w."country")
        UNION ALL
        SELECT w."stakeholderGroup"::text, w."membershipCategory"::text, w."ituRegion", w."country", 1,
               (SELECT count(*) FROM "Contribution" c WHERE c."organisationId" = w."id" AND c."status" = 'ACCEPTED')
          FROM old_rows o JOIN new_rows w ON w."id" = o."id"
          WHERE (o."stakeholderGroup", o."membershipCategory", o."ituRegion", o."country") IS DISTINCT FROM (w."stakeholderGroup", w."membershipCategory", w."ituRegion", w."country")) x,
      LATERAL (VALUES ('group', x.g), ('cat', x.cat), ('region', x.region), ('country', x."country")) v("facet", "value")
    WHERE v."value" IS NOT NULL AND x.n > 0
    GROUP BY 1, 2 HAVING sum(x.sign * x.n) <> 0) t;
  IF delta IS NOT NULL THEN PERFORM wsis_published_facets_add(delta); END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Organisation_published_facets_update" AFTER UPDATE ON "Organisation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wsis_published_facets_organisation();

-- The counts of what is published now.
INSERT INTO "PublishedFacetCount" ("facet", "value", "count")
SELECT f."facet", f."value", count(*)::int FROM "Contribution" r,
  LATERAL wsis_facet_values(r."organisationId", r."consultationId", r."type"::text, r."actionLines", r."c7SubItems", r."sdgs", r."language", r."publishedAt") f
WHERE r."status" = 'ACCEPTED' GROUP BY 1, 2;
