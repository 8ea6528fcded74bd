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

/** The condition "contribution `c` matches the text `q`" (title, summary, body). */
export function textMatch(q: string): Prisma.Sql {
  const fts = Prisma.sql`c."searchDocument" @@ ${tsQueryOf(q)}`;
  if (!HAN.test(q)) return fts;
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const text = Prisma.sql`wsis_normalize_ar(c."title" || ' ' || c."summary" || ' ' || c."body")`;
  return Prisma.sql`(${fts} OR (c."searchHanGrams" @> wsis_han_grams(wsis_normalize_ar(${q})) AND ${text} ILIKE wsis_normalize_ar(${like})))`;
}
