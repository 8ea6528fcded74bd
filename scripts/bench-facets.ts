/**
 * `npm run bench:facets`: what the public list's facet counts cost at 50,000 published
 * contributions (issue 16 item 2, docs/decisions/005): counting them from the contributions (the
 * former way: eleven facets, GROUPING SETS plus one query per array facet), reading the counts
 * kept by the triggers, and what the triggers add to a status change (an acceptance) and to an
 * edit of a draft (autosave), each with the triggers on and off, in one run.
 *
 * Prints one JSON line per measure: {"case", "n", "median_ms", "p95_ms"} (database round trips
 * from this process, sequential). `--rows=` seeds fewer.
 */
import pg from "pg";
import { startBenchEnvironment } from "./bench/environment";
import { numberArg, percentile } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";

const ROWS = numberArg("rows", 50_000);
const N = numberArg("n", 30);

const FROM = `FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId" WHERE c."status" = 'ACCEPTED'`;
const COUNT_AFRESH = [
  `SELECT count(*), GROUPING("consultation"), GROUPING("type") FROM (SELECT c."consultationId" AS "consultation", c."type"::text AS "type", c."language" AS "lang",
     o."stakeholderGroup"::text AS "group", o."membershipCategory"::text AS "cat", o."ituRegion" AS "region", o."country" AS "country",
     extract(year FROM c."publishedAt")::int::text AS "year" ${FROM}) t
   GROUP BY GROUPING SETS (("consultation"), ("type"), ("lang"), ("group"), ("cat"), ("region"), ("country"), ("year"), ())`,
  `SELECT v, count(*) FROM (SELECT unnest(c."actionLines") AS v ${FROM}) t GROUP BY v`,
  `SELECT v, count(*) FROM (SELECT unnest(c."c7SubItems") AS v ${FROM}) t GROUP BY v`,
  `SELECT v, count(*) FROM (SELECT unnest(c."sdgs") AS v ${FROM}) t GROUP BY v`,
];

async function time(client: pg.Client, name: string, run: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < N + 3; i++) {
    const started = performance.now();
    await run(i);
    if (i >= 3) times.push(performance.now() - started);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({ case: name, rows: ROWS, n: times.length, median_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)) }));
}

async function main() {
  const env = await startBenchEnvironment();
  const client = new pg.Client({ connectionString: env.databaseUrl });
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "published");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s (the triggers counted them in the same statement).`);
    await client.connect();
    await time(client, "count-afresh-11-facets", () => Promise.all(COUNT_AFRESH.map((q) => client.query(q))));
    await time(client, "read-kept-counts", () => client.query(`SELECT "facet", "value", "count" FROM "PublishedFacetCount" WHERE "count" > 0`));
    const statusChange = (i: number) =>
      client.query(`UPDATE "Contribution" SET "status" = CASE WHEN "status" = 'ACCEPTED' THEN 'UNDER_REVIEW'::"ContributionStatus" ELSE 'ACCEPTED' END WHERE "id" = $1`, [`bench${String(1 + (i % 7)).padStart(7, "0")}`]);
    await client.query(`UPDATE "Contribution" SET "status" = 'DRAFT', "referenceNumber" = NULL, "documentNumber" = NULL, "publishedAt" = NULL, "decidedAt" = NULL, "submittedAt" = NULL WHERE "id" = 'bench0000100'`).catch((e) => console.error("draft:", e.message));
    const draftEdit = (i: number) => client.query(`UPDATE "Contribution" SET "summary" = $1 WHERE "id" = 'bench0000100'`, [`Edited ${i}`]);
    for (const triggers of ["on", "off"]) {
      if (triggers === "off") await client.query(`ALTER TABLE "Contribution" DISABLE TRIGGER USER`);
      await time(client, `status-change-triggers-${triggers}`, statusChange);
      await time(client, `draft-edit-triggers-${triggers}`, draftEdit);
    }
    await client.query(`ALTER TABLE "Contribution" ENABLE TRIGGER USER`);
  } finally {
    await client.end().catch(() => {});
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
