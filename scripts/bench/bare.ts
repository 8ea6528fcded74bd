/**
 * The benchmarks' yardstick (issue 16): a bare Node `http` + `pg` server answering the same
 * questions as the portal on the same database, with the portal's own indexes, and nothing else
 * (no framework, no session, no facets, no layout). The ratio portal / bare in one run is what
 * the targets are written in: absolute times move with this shared machine, the ratio much less.
 *
 * - GET /list?lang=&al=&group=&cat=&page=: the 20 newest published contributions matching the
 *   filters (the portal's page size), rendered as an HTML list.
 * - GET /search?q=: the 20 best-ranked published contributions matching `q` in the portal's way
 *   (every language's configuration ORed; Han characters also as a substring through the stored
 *   grams), with the highlighted excerpt, as HTML.
 * - GET /queue?status=&al=&lang=&q=&sort=title&dir=asc&page=: one page (25) of the secretariat
 *   queue's rows (no drafts), as HTML.
 * - GET /duplicates: the duplicate clusters page's rows; GET /likely?id=: one contribution with its
 *   five nearest neighbours by trigram distance.
 * Exports are compared with PostgreSQL's own COPY (copyTo), not with this server.
 * The SQL is written out here on purpose (plain `pg`, no Prisma): it must stay the same question
 * as lib/services/search/search-published.ts and lib/services/contributions/queue-where.ts ask.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

const escape = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+$/u;
// $1 is the query text in every configuration (text-match.ts CONFIGS).
const TSQUERY = `(websearch_to_tsquery('arabic', wsis_normalize_ar($1)) || websearch_to_tsquery('english', $1) || websearch_to_tsquery('french', $1) || websearch_to_tsquery('spanish', $1) || websearch_to_tsquery('russian', $1) || websearch_to_tsquery('simple', wsis_normalize_ar($1)))`;

function page(rows: Record<string, unknown>[], cells: (r: Record<string, unknown>) => string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title><ol>${rows.map((r) => `<li>${cells(r)}</li>`).join("")}</ol></html>`;
}

const card = (r: Record<string, unknown>) =>
  `<a href="/en/contributions/${escape(r.referenceNumber)}">${escape(r.title)}</a> <span lang="${escape(r.language)}">${escape(r.organisationName)}</span> <time>${escape((r.publishedAt as Date)?.toISOString())}</time><p>${escape(r.excerpt)}</p>`;

async function list(pool: pg.Pool, u: URLSearchParams): Promise<string> {
  const where = [`c."status" = 'ACCEPTED'`];
  const values: unknown[] = [];
  const bind = (v: unknown) => `$${values.push(v)}`;
  if (u.get("lang")) where.push(`c."language" = ${bind(u.get("lang"))}`);
  if (u.get("al")) where.push(`${bind(u.get("al"))} = ANY(c."actionLines")`);
  if (u.get("group")) where.push(`o."stakeholderGroup" = ${bind(u.get("group"))}::"StakeholderGroup"`);
  if (u.get("cat")) where.push(`o."membershipCategory" = ${bind(u.get("cat"))}::"MembershipCategory"`);
  const offset = (Math.max(1, Number(u.get("page") ?? 1)) - 1) * 20;
  const { rows } = await pool.query(
    `SELECT c."referenceNumber", c."title", c."language", c."publishedAt", o."name" AS "organisationName", left(c."summary", 400) AS "excerpt"
     FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId"
     WHERE ${where.join(" AND ")} ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT 20 OFFSET ${offset}`,
    values,
  );
  return page(rows, card);
}

async function search(pool: pg.Pool, q: string): Promise<string> {
  const fts = `c."searchDocument" @@ ${TSQUERY}`;
  let match = fts;
  if (HAN.test(q)) {
    const grams = `m."searchHanGrams" @> wsis_han_grams(wsis_normalize_ar($1))`;
    const confirm = HAN_ONLY.test(q)
      ? [...q].length <= 2 ? grams : `${grams} AND (strpos(m."title", $1) > 0 OR strpos(m."summary", $1) > 0 OR strpos(m."body", $1) > 0)`
      : `${grams} AND wsis_normalize_ar(m."title" || ' ' || m."summary" || ' ' || m."body") ILIKE wsis_normalize_ar('%' || $1 || '%')`;
    match = `c."id" IN (SELECT m."id" FROM "Contribution" m WHERE m."searchDocument" @@ ${TSQUERY} UNION ALL SELECT m."id" FROM "Contribution" m WHERE ${confirm})`;
  }
  const { rows } = await pool.query(
    `SELECT c."referenceNumber", c."title", c."language", c."publishedAt", o."name" AS "organisationName",
            ts_headline(wsis_regconfig(c."language"), c."summary", ${TSQUERY}, 'MaxWords=60, MinWords=20, MaxFragments=2') AS "excerpt"
     FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId"
     WHERE c."status" = 'ACCEPTED' AND ${match}
     ORDER BY ts_rank(c."searchDocument", ${TSQUERY}) DESC, c."publishedAt" DESC, c."id" DESC LIMIT 20`,
    [q],
  );
  return page(rows, card);
}

async function queue(pool: pg.Pool, u: URLSearchParams): Promise<string> {
  const where = [`c."status" <> 'DRAFT'`];
  const values: unknown[] = [];
  const bind = (v: unknown) => `$${values.push(v)}`;
  if (u.get("status")) where.push(`c."status" = ${bind(u.get("status"))}::"ContributionStatus"`);
  if (u.get("al")) where.push(`${bind(u.get("al"))} = ANY(c."actionLines")`);
  if (u.get("lang")) where.push(`c."language" = ${bind(u.get("lang"))}`);
  if (u.get("q")) where.push(`c."searchDocument" @@ ${TSQUERY.replaceAll("$1", bind(u.get("q")))}`);
  const dir = u.get("dir") === "asc" ? "ASC" : "DESC";
  const order = u.get("sort") === "title" ? `(c."title" COLLATE "und-x-icu") ${dir}, c."id" ${dir}` : `c."submittedAt" ${dir}, c."id" ${dir}`;
  const offset = (Math.max(1, Number(u.get("page") ?? 1)) - 1) * 25;
  // As the portal: the page's ids by index first, then those rows with their organisation.
  const { rows } = await pool.query(
    `WITH ids AS (SELECT c."id" FROM "Contribution" c WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT 25 OFFSET ${offset})
     SELECT c."referenceNumber", c."title", c."status", c."language", c."submittedAt", o."name" AS "organisationName"
     FROM ids JOIN "Contribution" c USING ("id") JOIN "Organisation" o ON o."id" = c."organisationId" ORDER BY ${order}`,
    values,
  );
  return page(rows, (r) => `<a href="/en/secretariat/contributions/${escape(r.referenceNumber)}">${escape(r.title)}</a> ${escape(r.status)} ${escape(r.organisationName)} <time>${escape((r.submittedAt as Date)?.toISOString())}</time>`);
}

/** The duplicate clusters (same body hash in a consultation, at least two), largest 50, five members each. */
async function duplicates(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query(
    `WITH g AS (SELECT c."consultationId" AS cid, c."bodyHash" AS h, count(*)::int AS n FROM "Contribution" c
                WHERE c."status" <> 'DRAFT' GROUP BY 1, 2 HAVING count(*) > 1 ORDER BY count(*) DESC, 2 LIMIT 50)
     SELECT g.n, m.* FROM g CROSS JOIN LATERAL (
       SELECT c."referenceNumber", c."title" FROM "Contribution" c
       WHERE c."status" <> 'DRAFT' AND c."consultationId" = g.cid AND c."bodyHash" = g.h ORDER BY c."submittedAt", c."id" LIMIT 5) m`,
  );
  return page(rows, (r) => `${escape(r.n)} <a href="/en/secretariat/contributions/${escape(r.referenceNumber)}">${escape(r.title)}</a>`);
}

/** One contribution with its five nearest neighbours by trigram distance (likely duplicates). */
async function likely(pool: pg.Pool, id: string): Promise<string> {
  // The text is read first and passed as a parameter, as likelyDuplicatesOf does: the trigram
  // index answers `<->` (nearest first) only against a constant; joined to a column it sorted
  // all 50,000 rows (30 s a request in bench:queue).
  const { rows: [mine] } = await pool.query(`SELECT "dupText", "consultationId" FROM "Contribution" WHERE "id" = $1`, [id]);
  const { rows } = mine
    ? await pool.query(
        `SELECT c."referenceNumber", c."title", similarity(c."dupText", $1)::float8 AS s
         FROM "Contribution" c WHERE c."consultationId" = $2 AND c."id" <> $3 AND c."status" <> 'DRAFT'
         ORDER BY c."dupText" <-> $1, c."id" LIMIT 5`,
        [mine.dupText, mine.consultationId, id],
      )
    : { rows: [] };
  const { rows: [me] } = await pool.query(`SELECT "referenceNumber", "title", "summary", "body" FROM "Contribution" WHERE "id" = $1`, [id]);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><h1>${escape(me?.title)}</h1><p>${escape(me?.referenceNumber)}</p><div>${escape(me?.summary)}</div><div>${escape(me?.body)}</div>${page(rows, (r) => `${escape(r.referenceNumber)} ${escape(r.title)} ${escape(r.s)}`)}</html>`;
}

export interface BareServer {
  base: string;
  pool: pg.Pool;
  stop(): Promise<void>;
}

/** Starts the bare server on a free loopback port over its own pool of `databaseUrl`. */
export async function startBareServer(databaseUrl: string): Promise<BareServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", () => {});
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const u = url.searchParams;
    const answer =
      url.pathname === "/list" ? list(pool, u) : url.pathname === "/search" ? search(pool, u.get("q") ?? "") : url.pathname === "/queue" ? queue(pool, u)
      : url.pathname === "/duplicates" ? duplicates(pool)
      : url.pathname === "/likely" ? likely(pool, u.get("id") ?? "")
      : Promise.resolve(null);
    answer.then(
      (html) => {
        res.writeHead(html === null ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
        res.end(html ?? "not found");
      },
      (e) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(e));
      },
    );
  });
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, pool, stop: async () => void (await Promise.all([new Promise((r) => server.close(r)), pool.end()])) };
}

/**
 * The export's yardstick: PostgreSQL's own `COPY (sql) TO STDOUT`, read to its end without
 * keeping it. Returns seconds and bytes.
 */
export async function timeCopy(databaseUrl: string, copy: { sql: string; options: string }): Promise<{ seconds: number; bytes: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const stream = client.query(copyTo(`COPY (${copy.sql}) TO STDOUT ${copy.options}`));
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).byteLength;
    return { seconds: Math.round(performance.now() - started) / 1000, bytes };
  } finally {
    await client.end();
  }
}

// The rows and columns of the tabular export (lib/exports/columns.ts), as one SELECT: what COPY
// writes as CSV. For JSON, each row as a JSON object (row_to_json).
const EXPORT_ROWS = `
  SELECT c."referenceNumber", c."documentNumber", c."status", c."title", c."summary", c."body", c."language", c."type",
         o."name" AS "organisation", o."membershipCategory", o."stakeholderGroup", o."country", o."ituRegion",
         array_to_string(c."actionLines", ', ') AS "actionLines", array_to_string(c."c7SubItems", ', ') AS "c7SubItems",
         (SELECT string_agg(p."marker" || ' ' || coalesce(p."number", '') || ' ' || p."decision", E'\\n' ORDER BY p."position") FROM "RevisionProposal" p WHERE p."contributionId" = c."id") AS "proposals",
         array_to_string(c."sdgs", ', ') AS "sdgs",
         (SELECT string_agg(a."text", E'\\n\\n') FROM "ContributionAnswer" a WHERE a."contributionId" = c."id") AS "answers",
         k."code" AS "consultation", c."submittedAt", c."decidedAt", c."publishedAt", c."updatedAt", c."extendedUntil", c."id"
  FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId" JOIN "Consultation" k ON k."id" = c."consultationId"
  WHERE c."status" <> 'DRAFT' ORDER BY c."submittedAt" DESC, c."id" DESC`;

export const COPY_OF: Record<string, { sql: string; options: string }> = {
  csv: { sql: EXPORT_ROWS, options: "WITH (FORMAT csv, HEADER)" },
  json: { sql: `SELECT row_to_json(t) FROM (${EXPORT_ROWS}) t`, options: "" },
};
