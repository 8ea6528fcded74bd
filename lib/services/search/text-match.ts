/**
 * The full-text condition shared by the public search (search-published.ts) and the secretariat
 * queue (contributions/queue-where.ts): one matching rule for both, over the stored columns
 * "searchDocument" and "searchHanGrams" (prisma/migrations/*_public_search and
 * *_search_and_queue_indexes).
 *
 * - The query is parsed in every configuration (arabic after wsis_normalize_ar, english, french,
 *   spanish, russian, simple) with websearch syntax and the results ORed, so each language's stems
 *   match its own documents and Arabic ignores diacritics and letter variants. Exclusions
 *   (`-word`, `-"a phrase"`) are taken out first and ANDed as NOT (any configuration's reading),
 *   so no language's parse undoes another's exclusion (tsQueryOf).
 * - A query with Chinese characters is also matched as a substring: the stored Han grams narrow
 *   the candidates (GIN, `@>`), strpos (Han only) or ILIKE over the normalised title, summary
 *   and body confirms; both arms are a subquery on the ids (`c."id" IN (… UNION ALL …)`).
 * `c` must alias "Contribution". Values are bound parameters, never spliced into the SQL.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";

const HAN = /\p{Script=Han}/u;
const CONFIGS = (q: string) =>
  Prisma.sql`(websearch_to_tsquery('arabic', wsis_normalize_ar(${q})) || websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('french', ${q}) || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('simple', wsis_normalize_ar(${q})))`;

/** A typed query split into what to find and what to exclude (websearch syntax). */
export interface SplitQuery {
  /** The query without its exclusions ("" when it had only exclusions). */
  include: string;
  /** The excluded words and phrases joined by OR ("" when none): any one of them excludes. */
  exclude: string;
  /** The excluded words and phrases one by one, without quotes. */
  excludedTerms: string[];
}

// A word or a "phrase" (an unterminated quote runs to the end), with its leading minus, if any.
const TOKEN = /-?"[^"]*"?|[^\s"]+/g;

/**
 * Splits `q` as websearch_to_tsquery reads it: a token that starts with "-" directly followed by a
 * word or a quote is an exclusion (`-affordable`, `-"last mile"`); "e-government" and a lone "-"
 * are not. Everything else (words, phrases, OR) stays in `include`, in order.
 */
export function splitQuery(q: string): SplitQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const [token] of q.matchAll(TOKEN)) {
    if (/^-[^\s-]/.test(token)) exclude.push(token.slice(1));
    else include.push(token);
  }
  const excludedTerms = exclude.map((t) => t.replace(/"/g, "").trim()).filter(Boolean);
  return { include: include.join(" "), exclude: exclude.join(" OR "), excludedTerms };
}

/**
 * The tsquery of `q`. Without exclusions: `q` parsed in every configuration, ORed. With them:
 * (what to find, ORed over the configurations) AND NOT (what to exclude, ORed over the
 * configurations), so a text is excluded when any language's reading of an excluded word matches
 * it. ORing whole per-language queries undid exclusions: the simple configuration's
 * 'rural' & !'affordable' matched an English text stored as 'afford'.
 */
export function tsQueryOf(q: string): Prisma.Sql {
  const { include, exclude } = splitQuery(q);
  if (!exclude) return CONFIGS(q);
  if (!include.trim()) return Prisma.sql`(!! ${CONFIGS(exclude)})`;
  return Prisma.sql`(${CONFIGS(include)} && !! ${CONFIGS(exclude)})`;
}

// The Han ranges of wsis_han_grams (CJK Unified Ideographs, Extension A, Compatibility Ideographs).
const HAN_ONLY = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+$/u;

/** Row `m` (a "Contribution" alias) contains `q` as a substring: the stored grams narrow, a test confirms. */
function hanSubstring(q: string, m: Prisma.Sql): Prisma.Sql {
  const grams = Prisma.sql`${m}."searchHanGrams" @> wsis_han_grams(wsis_normalize_ar(${q}))`;
  if (HAN_ONLY.test(q)) {
    // Only Han characters: normalisation (Arabic only) and case folding change nothing, so the
    // raw columns are searched with strpos, without rebuilding and normalising the whole text
    // of every candidate. One or two characters: the grams (each character, each adjacent pair
    // within a run of Han) already say the text contains the query, so nothing is left to check.
    return [...q].length <= 2 ? grams : Prisma.sql`${grams} AND (strpos(${m}."title", ${q}) > 0 OR strpos(${m}."summary", ${q}) > 0 OR strpos(${m}."body", ${q}) > 0)`;
  }
  const like = `%${q.replace(/[\\%_]/g, (x) => `\\${x}`)}%`;
  return Prisma.sql`${grams} AND wsis_normalize_ar(${m}."title" || ' ' || ${m}."summary" || ' ' || ${m}."body") ILIKE wsis_normalize_ar(${like})`;
}

/**
 * The condition "contribution `c` matches the text `q`" (title, summary, body).
 * A query with Han characters is written as `c."id" IN (words UNION ALL substrings)`: as one OR,
 * PostgreSQL re-evaluated the whole condition on every candidate row (detoasting its stored
 * document and grams), about 90 ms for ~1,400 candidates at 50,000 rows instead of ~15 ms.
 * Exclusions hold on both arms: the word arm's tsquery carries them, and an excluded term with Han
 * characters also excludes the texts that contain it as a substring.
 */
export function textMatch(q: string): Prisma.Sql {
  const { ids, excluded } = ownTextMatch(q);
  // Words only: the row's own index condition; with Han, the semi-join over both arms.
  if (!HAN.test(splitQuery(q).include)) return Prisma.sql`(c."searchDocument" @@ ${tsQueryOf(q)}${excluded})`;
  return Prisma.sql`(c."id" IN (${ids})${excluded})`;
}

/**
 * The contributions whose own text matches `q`, as a subquery of ids (`ids`), and the condition
 * on `c` that a Han exclusion adds (`excluded`, empty without one). The substring arm matches what
 * to find; the word arm's tsquery already excludes.
 */
function ownTextMatch(q: string): { ids: Prisma.Sql; excluded: Prisma.Sql } {
  const { include, excludedTerms } = splitQuery(q);
  const m = Prisma.raw(`m`);
  const c = Prisma.raw(`c`);
  const hanExclusions = excludedTerms.filter((t) => HAN.test(t)).map((t) => Prisma.sql` AND NOT (${hanSubstring(t, c)})`);
  const excluded = hanExclusions.length ? Prisma.join(hanExclusions, "") : Prisma.empty;
  const words = Prisma.sql`SELECT m."id" FROM "Contribution" m WHERE m."searchDocument" @@ ${tsQueryOf(q)}`;
  if (!HAN.test(include)) return { ids: words, excluded };
  const notExcludedWords = excludedTerms.length ? Prisma.sql` AND NOT (m."searchDocument" @@ ${tsQueryOf(excludedTerms.map((t) => `"${t}"`).join(" OR "))})` : Prisma.empty;
  const substring = Prisma.sql`${hanSubstring(include.replace(/"/g, "").trim(), m)}${notExcludedWords}`;
  return { ids: Prisma.sql`${words} UNION ALL SELECT m."id" FROM "Contribution" m WHERE ${substring}`, excluded };
}

/**
 * Public search (issue 14 item 2): contribution `c` matches `q` in its own text or in one of its
 * language versions, each searched in its own language (LanguageVersion's stored search document
 * and Han grams, made like the contribution's). One semi-join over the union of both arms' ids:
 * written as `own text OR c.id IN (versions)`, PostgreSQL could use no index for the OR and
 * tested the text of every published contribution (searches went from ~100 ms to ~550 ms at
 * 50,000 in bench:public).
 */
export function textOrVersionMatch(q: string): Prisma.Sql {
  const { include } = splitQuery(q);
  const lv = Prisma.raw(`lv`);
  const words = Prisma.sql`SELECT lv."contributionId" FROM "LanguageVersion" lv WHERE lv."searchDocument" @@ ${tsQueryOf(q)}`;
  const versions = HAN.test(include) ? Prisma.sql`${words} UNION ALL SELECT lv."contributionId" FROM "LanguageVersion" lv WHERE ${hanSubstring(include.replace(/"/g, "").trim(), lv)}` : words;
  const { ids, excluded } = ownTextMatch(q);
  return Prisma.sql`(c."id" IN (${ids} UNION ALL ${versions})${excluded})`;
}

/**
 * True when, in at least one language, every word of `q` is a stop word ("the and of", "و في
 * من"): asked when a search found nothing, so the page and API can say why (issue 12 item 20)
 * instead of a bare "no results". The `simple` configuration keeps every word: left out.
 */
export function onlyCommonWordsSql(q: string): Prisma.Sql {
  return Prisma.sql`SELECT LEAST(numnode(websearch_to_tsquery('arabic', wsis_normalize_ar(${q}))), numnode(websearch_to_tsquery('english', ${q})), numnode(websearch_to_tsquery('french', ${q})), numnode(websearch_to_tsquery('spanish', ${q})), numnode(websearch_to_tsquery('russian', ${q}))) = 0 AS "common"`;
}

export function hasHan(q: string): boolean {
  return HAN.test(q);
}
