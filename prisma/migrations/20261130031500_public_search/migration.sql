-- Full-text search over contributions in the six UN languages (lib/services/search).
-- Arabic is normalised before indexing and querying: diacritics (harakat U+064B–U+0652, dagger
-- alef U+0670) and tatweel (U+0640) removed, alef forms (أ إ آ ٱ) folded to ا, alef maqsura (ى) to
-- ي, teh marbuta (ة) to ه, so spelling variants find each other. Chinese has no PostgreSQL
-- text-search configuration: it is found by substring, accelerated by a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION wsis_normalize_ar(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
  SELECT translate(regexp_replace(input, '[ًٌٍَُِّْٰـ]', '', 'g'), 'أإآٱىة', 'اااايه')
$fn$;

CREATE OR REPLACE FUNCTION wsis_regconfig(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT CASE lang
    WHEN 'ar' THEN 'arabic'::regconfig
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    ELSE 'simple'::regconfig
  END
$fn$;

-- The document: title (weight A), summary (B), body (C), in the contribution's own language.
-- Calls are schema-qualified: PostgreSQL 17 builds indexes with a restricted search_path.
CREATE OR REPLACE FUNCTION wsis_document(lang text, title text, summary text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT setweight(to_tsvector(public.wsis_regconfig(lang), public.wsis_normalize_ar(coalesce(title, ''))), 'A')
      || setweight(to_tsvector(public.wsis_regconfig(lang), public.wsis_normalize_ar(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector(public.wsis_regconfig(lang), public.wsis_normalize_ar(coalesce(body, ''))), 'C')
$fn$;

CREATE INDEX "Contribution_search_idx" ON "Contribution" USING GIN (wsis_document("language", "title", "summary", "body"));
CREATE INDEX "Contribution_search_trgm_idx" ON "Contribution" USING GIN ((wsis_normalize_ar("title" || ' ' || "summary" || ' ' || "body")) gin_trgm_ops);
