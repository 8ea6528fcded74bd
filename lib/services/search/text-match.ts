/**
 * The full-text condition shared by the public search (search-published.ts) and the secretariat
 * queue (contributions/queue-where.ts): one matching rule for both, over the stored columns
 * "searchDocument" and "searchHanGrams" (prisma/migrations/*_public_search and
 * *_search_and_queue_indexes).
 *
 * - The query is parsed in every configuration (arabic after wsis_normalize_ar, english, french,
 *   spanish, russian, simple) with websearch syntax and the results ORed, so each language's stems
 *   match its own documents and Arabic ignores diacritics and letter variants.
 * - A query with Chinese characters is also matched as a substring: the stored Han grams narrow
 *   the candidates (GIN, `@>`), ILIKE over the normalised title, summary and body confirms.
 * `c` must alias "Contribution". Values are bound parameters, never spliced into the SQL.
 */
import { Prisma } from "@/generated/prisma/client";

const HAN = /\p{Script=Han}/u;

/** The tsquery of `q` in every configuration, ORed. */
export function tsQueryOf(q: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('arabic', wsis_normalize_ar(${q})) || websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('french', ${q}) || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('simple', wsis_normalize_ar(${q})))`;
}

// The Han ranges of wsis_han_grams (CJK Unified Ideographs, Extension A, Compatibility Ideographs).
const HAN_ONLY = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+$/u;

/** The condition "contribution `c` matches the text `q`" (title, summary, body). */
export function textMatch(q: string): Prisma.Sql {
  const fts = Prisma.sql`c."searchDocument" @@ ${tsQueryOf(q)}`;
  if (!HAN.test(q)) return fts;
  // The stored grams narrow the candidates (GIN index); a substring test confirms them.
  const grams = Prisma.sql`c."searchHanGrams" @> wsis_han_grams(wsis_normalize_ar(${q}))`;
  if (HAN_ONLY.test(q)) {
    // Only Han characters: normalisation (Arabic only) and case folding change nothing, so the
    // raw columns are searched with strpos, without rebuilding and normalising the whole text
    // of every candidate. One or two characters: the grams (each character, each adjacent pair
    // within a run of Han) already say the text contains the query, so nothing is left to check.
    if ([...q].length <= 2) return Prisma.sql`(${fts} OR ${grams})`;
    return Prisma.sql`(${fts} OR (${grams} AND (strpos(c."title", ${q}) > 0 OR strpos(c."summary", ${q}) > 0 OR strpos(c."body", ${q}) > 0)))`;
  }
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const text = Prisma.sql`wsis_normalize_ar(c."title" || ' ' || c."summary" || ' ' || c."body")`;
  return Prisma.sql`(${fts} OR (${grams} AND ${text} ILIKE wsis_normalize_ar(${like})))`;
}
