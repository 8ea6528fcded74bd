/**
 * Search of published contributions for the public portal: full text in the six UN languages,
 * facets with counts, highlighted excerpts, stable pages.
 *
 * Matching (functions and indexes: prisma/migrations/*_public_search):
 * - each contribution is indexed in its own language's configuration (arabic, english, french,
 *   spanish, russian; simple for Chinese) after Arabic normalisation (no diacritics or tatweel,
 *   alef/yeh/teh-marbuta variants folded);
 * - the query is parsed in every configuration (websearch syntax: "phrases", -excluded, or) and
 *   the results ORed, so a French query finds French stems and an Arabic one Arabic stems;
 * - a query containing Chinese characters is also matched as a substring (PostgreSQL has no
 *   Chinese configuration), after the same normalisation.
 * Facet counts follow the usual rule: each facet is counted with every other filter applied but
 * its own, so choosing a value never hides the alternatives.
 */
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { PUBLISHED_SQL } from "@/lib/auth/scopes";
import type { FacetKey, TPublicSearch } from "@/lib/schemas/public-search";
import { MARK_END, MARK_START } from "./marks";

export { MARK_END, MARK_START };

export const PAGE_SIZE = 20;
const HAN = /\p{Script=Han}/u;

function queryOf(q: string) {
  return Prisma.sql`(websearch_to_tsquery('arabic', wsis_normalize_ar(${q})) || websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('french', ${q}) || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('simple', wsis_normalize_ar(${q})))`;
}

function textMatch(q: string) {
  const fts = Prisma.sql`wsis_document(c."language", c."title", c."summary", c."body") @@ ${queryOf(q)}`;
  if (!HAN.test(q)) return fts;
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return Prisma.sql`(${fts} OR wsis_normalize_ar(c."title" || ' ' || c."summary" || ' ' || c."body") ILIKE wsis_normalize_ar(${like}))`;
}

const FILTER: Record<FacetKey, (v: string | number) => Prisma.Sql> = {
  al: (v) => Prisma.sql`${v} = ANY(c."actionLines")`,
  sdg: (v) => Prisma.sql`${Number(v)}::int = ANY(c."sdgs")`,
  lang: (v) => Prisma.sql`c."language" = ${v}`,
  group: (v) => Prisma.sql`o."stakeholderGroup"::text = ${v}`,
  cat: (v) => Prisma.sql`o."membershipCategory"::text = ${v}`,
  region: (v) => Prisma.sql`o."ituRegion" = ${v}`,
};

const FACET_VALUE: Record<FacetKey, Prisma.Sql> = {
  al: Prisma.sql`unnest(c."actionLines")`,
  sdg: Prisma.sql`unnest(c."sdgs")::text`,
  lang: Prisma.sql`c."language"`,
  group: Prisma.sql`o."stakeholderGroup"::text`,
  cat: Prisma.sql`o."membershipCategory"::text`,
  region: Prisma.sql`o."ituRegion"`,
};

/**
 * The WHERE of a public search (published only, text match, facet filters; one facet left out
 * with `except`). `c` aliases "Contribution", `o` its "Organisation". Shared with the open-data API.
 */
export function searchWhere(s: TPublicSearch, except?: FacetKey): Prisma.Sql {
  const parts = [PUBLISHED_SQL];
  if (s.q) parts.push(textMatch(s.q));
  for (const key of Object.keys(FILTER) as FacetKey[]) {
    const value = s[key];
    if (key !== except && value !== undefined) parts.push(FILTER[key](value));
  }
  return Prisma.join(parts, " AND ");
}

export interface SearchRow {
  id: string;
  referenceNumber: string;
  documentNumber: string;
  title: string;
  language: string;
  actionLines: string[];
  publishedAt: Date;
  organisationName: string;
  /** Summary excerpt with MARK_START/MARK_END around matched words (or the summary's start). */
  excerpt: string;
}

export interface SearchResult {
  rows: SearchRow[];
  total: number;
  pageCount: number;
  facets: Record<FacetKey, { value: string; count: number }[]>;
}

export async function searchPublished(s: TPublicSearch): Promise<SearchResult> {
  const from = Prisma.sql`FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId"`;
  const rank = s.q ? Prisma.sql`ts_rank(wsis_document(c."language", c."title", c."summary", c."body"), ${queryOf(s.q)})` : Prisma.sql`0::real`; // a bare 0 would mean "column 0" in ORDER BY
  const headline = s.q
    ? Prisma.sql`ts_headline(wsis_regconfig(c."language"), c."summary", ${queryOf(s.q)}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=60, MinWords=20, MaxFragments=2`})`
    : Prisma.sql`left(c."summary", 400)`;
  const [rows, [{ total }], ...facetRows] = await Promise.all([
    db.$queryRaw<SearchRow[]>`
      SELECT c."id", c."referenceNumber", c."documentNumber", c."title", c."language", c."actionLines", c."publishedAt",
             o."name" AS "organisationName", ${headline} AS "excerpt"
      ${from} WHERE ${searchWhere(s)}
      ORDER BY ${rank} DESC, c."publishedAt" DESC, c."id" DESC
      LIMIT ${PAGE_SIZE} OFFSET ${(s.page - 1) * PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from} WHERE ${searchWhere(s)}`,
    ...(Object.keys(FACET_VALUE) as FacetKey[]).map(
      (key) => db.$queryRaw<{ value: string; count: number }[]>`
        SELECT v AS value, count(*)::int AS count FROM (SELECT ${FACET_VALUE[key]} AS v ${from} WHERE ${searchWhere(s, key)}) t
        WHERE v IS NOT NULL GROUP BY v ORDER BY count(*) DESC, v`,
    ),
  ]);
  const facets = Object.fromEntries((Object.keys(FACET_VALUE) as FacetKey[]).map((key, i) => [key, facetRows[i]])) as SearchResult["facets"];
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), facets };
}
