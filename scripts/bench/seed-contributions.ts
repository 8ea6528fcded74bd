/**
 * Bulk seeding for the benchmarks: organisations and tens of thousands of contributions written
 * by SQL (`INSERT … SELECT generate_series`) in one transaction, so 50,000 rows take seconds, not
 * 50,000 Prisma calls. Rows satisfy the migrations' CHECK constraints: titles of 1–300 code
 * points, bodies of a few thousand (well under 200,000), a language among the six, Action Lines
 * within C1–C11, SDGs within 1–17, a reference number from submission on, a document number and
 * publication date when accepted. Deterministic (setseed) so runs are comparable.
 *
 * The Contribution table's secondary indexes are dropped before the insert and recreated from
 * their own definitions (pg_indexes) afterwards: building a GIN index once is much faster than
 * updating it 50,000 times, and the result is the same index the migrations create.
 */
import pg from "pg";
import { CORPUS, LANGS } from "./corpus";

/** Which statuses the rows get: the secretariat's mixed queue, or everything published. */
export type StatusMix = "queue" | "published";

// Status shares for the queue (percent, cumulative order matters only for readability).
const QUEUE_MIX: [string, number][] = [
  ["DRAFT", 4],
  ["SUBMITTED", 30],
  ["UNDER_REVIEW", 18],
  ["CHANGES_REQUESTED", 5],
  ["RESUBMITTED", 5],
  ["ACCEPTED", 26],
  ["REJECTED", 7],
  ["DUPLICATE", 2],
  ["WITHDRAWN", 3],
];

const COUNTRIES: [string, string][] = [
  ["CH", "B"], ["KE", "D"], ["BR", "A"], ["JP", "E"], ["FR", "B"], ["EG", "D"], ["CN", "E"], ["RU", "C"],
  ["ES", "B"], ["MX", "A"], ["IN", "E"], ["US", "A"], ["SA", "E"], ["AR", "A"], ["DE", "B"], ["NG", "D"],
];
const CATEGORIES = ["MEMBER_STATE", "SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA", "NON_MEMBER"];
const GROUPS = ["GOVERNMENT", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "INTERNATIONAL_ORGANIZATION", "TECHNICAL_COMMUNITY", "ACADEMIC_COMMUNITY"];

/** A CASE expression choosing a status from `r` (uniform in [0, 1)) with the mix's shares. */
function statusCase(mix: StatusMix): string {
  if (mix === "published") return `'ACCEPTED'::"ContributionStatus"`;
  let acc = 0;
  const arms = QUEUE_MIX.map(([status, share]) => {
    acc += share / 100;
    return `WHEN s < ${acc.toFixed(4)} THEN '${status}'`;
  });
  return `(CASE ${arms.join(" ")} ELSE 'SUBMITTED' END)::"ContributionStatus"`;
}

/**
 * Adds `orgCount` organisations (short codes BENCH01…) and `count` contributions to the seeded
 * consultation, created by the seeded contributor. Expects a migrated and seeded database.
 * Returns the seconds taken (insert, index rebuild, VACUUM ANALYZE).
 */
export async function seedContributions(url: string, count: number, mix: StatusMix, orgCount = 40): Promise<number> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query("BEGIN");
    await client.query("SELECT setseed(0.2026)");
    await client.query(`CREATE TEMP TABLE bench_text (lang text, kind text, n int, s text) ON COMMIT DROP`);
    for (const lang of LANGS) {
      for (const kind of ["titles", "general", "topics"] as const) {
        const texts = CORPUS[lang][kind];
        await client.query(`INSERT INTO bench_text SELECT $1, $2, n - 1, s FROM unnest($3::text[]) WITH ORDINALITY AS t(s, n)`, [lang, kind, texts]);
      }
    }
    await client.query(
      `INSERT INTO "Organisation" ("id", "name", "shortCode", "membershipCategory", "stakeholderGroup", "country", "ituRegion", "verified")
       SELECT 'bench-org-' || g, 'Benchmark Organisation ' || g, 'BENCH' || lpad(g::text, 2, '0'),
              ($1::text[])[1 + g % $4]::"MembershipCategory", ($2::text[])[1 + (g * 5) % $5]::"StakeholderGroup",
              CASE WHEN g % 10 = 0 THEN NULL ELSE ($3::text[])[1 + g % $6] END,
              CASE WHEN g % 10 = 0 THEN NULL ELSE ($7::text[])[1 + g % $6] END, true
       FROM generate_series(1, $8::int) g`,
      [CATEGORIES, GROUPS, COUNTRIES.map(([c]) => c), CATEGORIES.length, GROUPS.length, COUNTRIES.length, COUNTRIES.map(([, r]) => r), orgCount],
    );
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = 'Contribution'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
         AND i.indexdef NOT LIKE 'CREATE UNIQUE%'`,
    );
    for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
    await client.query(insertSql(mix), [count, orgCount]);
    for (const { indexdef } of indexes) await client.query(indexdef);
    await client.query("COMMIT");
    // VACUUM as autovacuum would soon after such an insert: statistics, and the visibility map
    // that index-only scans need (else the first minutes measure a state no database stays in).
    await client.query(`VACUUM ANALYZE "Contribution"`);
    await client.query(`VACUUM ANALYZE "Organisation"`);
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
  return Math.round(performance.now() - started) / 1000;
}

/**
 * The INSERT … SELECT: per row a random language, organisation, status, 2 of the 12 topics
 * (first in the summary and body, second in the body), 18–40 general sentences, 1–4 Action
 * Lines, 0–3 SDGs, and dates spread over the six months that ended ten days ago: never in the
 * future (a submission is dated when it arrives; decisions and publication come ten days later).
 * Dates after now, as the seed once made, put half the rows after the queue's reading instant
 * (`asof`), and every queue page walked past them: a search took 355 ms in SQL instead of 12.
 * Every random() call is correlated with `g`, so PostgreSQL evaluates it per row.
 */
function insertSql(mix: StatusMix): string {
  return `
    WITH base AS (
      SELECT g, (ARRAY['ar','zh','en','fr','ru','es'])[1 + floor(random() * 6 + 0 * g)::int] AS lang,
             floor(random() * 12 + 0 * g)::int AS t1, floor(random() * 11 + 0 * g)::int AS t2,
             18 + floor(random() * 23 + 0 * g)::int AS sentences,
             (now() AT TIME ZONE 'UTC') - interval '190 days' + (random() + 0 * g) * interval '180 days' AS submitted,
             random() + 0 * g AS s
      FROM generate_series(1, $1::int) g
    ), r AS (SELECT *, ${statusCase(mix)} AS status FROM base)
    INSERT INTO "Contribution" ("id", "consultationId", "organisationId", "createdById", "type", "status", "title", "summary", "body",
      "language", "actionLines", "sdgs", "referenceNumber", "documentNumber", "createdAt", "updatedAt", "submittedAt", "decidedAt", "publishedAt")
    SELECT 'bench' || lpad(r.g::text, 7, '0'),
           (SELECT "id" FROM "Consultation" WHERE "slug" = 'wsis20-review'),
           'bench-org-' || (1 + (r.g * 7919) % $2::int),
           (SELECT "id" FROM "User" WHERE "email" = 'contributor@example.org'),
           (CASE WHEN r.g % 4 = 0 THEN 'ACTION_LINE_REVISION' ELSE 'GENERAL_INPUT' END)::"ContributionType",
           r.status,
           (SELECT s FROM bench_text WHERE lang = r.lang AND kind = 'titles' AND n = r.g % 8) || ' ' || r.g,
           topic1.s || ' ' || (SELECT s FROM bench_text WHERE lang = r.lang AND kind = 'general' AND n = r.g % 10),
           topic1.s || ' ' || (SELECT string_agg(b.s, ' ' ORDER BY k) FROM generate_series(1, r.sentences) k
                               JOIN bench_text b ON b.lang = r.lang AND b.kind = 'general' AND b.n = (r.g * 3 + k * 7) % 10)
             || ' ' || topic2.s,
           r.lang,
           ARRAY(SELECT 'C' || x FROM generate_series(1, 11) x WHERE x = 1 + r.g % 11 OR random() < 0.12 + 0 * r.g ORDER BY x),
           ARRAY(SELECT x FROM generate_series(1, 17) x WHERE random() < 0.09 + 0 * r.g ORDER BY x),
           CASE WHEN r.status <> 'DRAFT' THEN 'WSIS20-C-' || lpad(r.g::text, 6, '0') END,
           CASE WHEN r.status = 'ACCEPTED' THEN 'CWG-WSIS&SDG/WSIS20/' || r.g END,
           r.submitted - interval '3 days', r.submitted + interval '1 day',
           CASE WHEN r.status <> 'DRAFT' THEN r.submitted END,
           CASE WHEN r.status IN ('ACCEPTED', 'REJECTED', 'DUPLICATE') THEN r.submitted + interval '10 days' END,
           CASE WHEN r.status = 'ACCEPTED' THEN r.submitted + interval '10 days' END
    FROM r
    JOIN bench_text topic1 ON topic1.lang = r.lang AND topic1.kind = 'topics' AND topic1.n = r.t1
    JOIN bench_text topic2 ON topic2.lang = r.lang AND topic2.kind = 'topics' AND topic2.n = (r.t1 + 1 + r.t2) % 12`;
}
