/**
 * Loaders of the public screens: what anyone may read (published contributions only, through
 * PUBLISHED and the public search), one function per page.
 */
import "server-only";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { FACET_KEYS, parsePublicSearch } from "@/lib/schemas/public-search";
import { searchPublished, type SearchResult } from "@/lib/services/search/search-published";
import { listConsultations } from "@/lib/services/consultations/get-consultations";
import { publicStatistics } from "@/lib/services/statistics/public-statistics";
import { consolidatedActionLine } from "@/lib/services/proposals/action-line-proposals";
import { openQuestions } from "@/lib/revision/consolidate";

const actionLineOf = (raw: string) => ACTION_LINE_CODES.find((c) => c === raw.toUpperCase()) ?? null;

/** The home page: every consultation, newest deadline first. */
export async function loadHomeView(now = new Date()) {
  return { consultations: await listConsultations(), now };
}

/** /statistics: counts of published contributions. */
export const loadStatisticsView = () => publicStatistics();

/** /action-lines: the number of published contributions on each Action Line. */
export async function loadActionLinesView() {
  const { facets } = await searchPublished(parsePublicSearch({}));
  return { counts: new Map(facets.al.map((f) => [f.value, f.count])) };
}

/** /action-lines/[code]: one Action Line's published inputs (null: unknown code). */
export async function loadActionLineView(raw: string) {
  const code = actionLineOf(raw);
  if (!code) return null;
  return { code, result: await searchPublished(parsePublicSearch({ al: code })) };
}

/** /action-lines/[code]/consolidated: the baseline with accepted, published proposals applied (null: unknown code or no baseline). */
export async function loadConsolidatedView(raw: string) {
  const code = actionLineOf(raw);
  if (!code) return null;
  const data = await consolidatedActionLine(code);
  return data ? { code, data, open: openQuestions(data.entries) } : null;
}

/**
 * /contributions: the public search. A query the search cannot take (too long, malformed
 * characters) is kept in the box and explained (`refusedQuery`), instead of silently listing
 * everything. The page shown is clamped to the pages there are.
 */
export async function loadPublishedListView(raw: Record<string, string | string[] | undefined>) {
  const search = parsePublicSearch(raw);
  const typed = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const refusedQuery = typed && typed.trim() && !search.q ? typed : undefined;
  const empty: SearchResult = { rows: [], total: 0, pageCount: 1, facets: Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as SearchResult["facets"], consultationTitles: {} as SearchResult["consultationTitles"] };
  const result = refusedQuery ? empty : await searchPublished(search);
  return { search, refusedQuery, result, page: Math.min(search.page, result.pageCount) };
}
