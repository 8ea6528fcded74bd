/**
 * `npm run bench:public`: latency of the public portal's list and search with 50,000 published
 * contributions, against a bare handler answering the same question in the same run.
 *
 * Seeds its own embedded PostgreSQL (scripts/bench: 50,000 ACCEPTED contributions in the six
 * languages, 40 organisations), serves the production build (`.next-bench`; `--skip-build`
 * reuses it), starts the bare Node `http` + `pg` handler (scripts/bench/bare.ts) on the same
 * database, and times anonymous requests in alternation (portal, bare), after 5 warm-up pairs,
 * 50 pairs per case: the list, a faceted page, and a search in each language
 * (scripts/bench/corpus.ts SEARCH_TERMS: Arabic with diacritics the texts lack, a Chinese
 * substring, Russian in another case). The list and the faceted page are measured twice:
 * "warm" (steady state) and "cold" (each timed request is the first after an acceptance: one
 * contribution taken back and published again, with the NOTIFY the portal's acceptance sends;
 * the page cache answers the page as it was while it renders the new one). Every case is also
 * measured "rendered": each timed request a URL the page cache has not kept, rendered by Next.
 *
 * Prints one JSON line per case and mode: {"case", "mode", "n", "portal_median_ms",
 * "portal_p95_ms", "bare_median_ms", "bare_p95_ms", "median_ratio", "p95_ratio", "target_p95_ms",
 * "target_ratio", "path", "bare_path", "load1"}, milliseconds from request to the body's last
 * byte. Targets: list and faceted p95 ≤ 30 ms and ≤ 10× bare; searches p95 ≤ 50 ms and ≤ 4× bare.
 * Small settings while others use the machine: `--rows=5000 --n=10`. Everything it started is
 * stopped and its temporary directory deleted, also on failure or Ctrl-C.
 */
import pg from "pg";
import { startBenchEnvironment } from "./bench/environment";
import { compare, numberArg, stringArg } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";
import { startBareServer } from "./bench/bare";
import { LANGS, SEARCH_TERMS } from "./bench/corpus";

const ROWS = numberArg("rows", 50_000);
const N = numberArg("n", 50);

async function main() {
  const env = await startBenchEnvironment();
  const bare = await startBareServer(env.databaseUrl);
  const client = new pg.Client({ connectionString: env.databaseUrl });
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "published");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s.`);
    const base = await env.startApp();
    await client.connect();
    // Cold: the one contribution taken out of the published set and published again, as an
    // acceptance does (status, publication date, the cross-server NOTIFY), before each request.
    let round = 0;
    const acceptOne = async () => {
      const id = `bench${String(1 + (round++ % ROWS)).padStart(7, "0")}`;
      await client.query(`UPDATE "Contribution" SET "status" = 'UNDER_REVIEW' WHERE "id" = $1`, [id]);
      await client.query(`UPDATE "Contribution" SET "status" = 'ACCEPTED', "publishedAt" = "publishedAt" WHERE "id" = $1`, [id]);
      await client.query(`SELECT pg_notify('wsis_cache', 'published-list')`);
      await new Promise((r) => setTimeout(r, 20)); // the NOTIFY reaches the server's listener
    };
    const found = "/en/contributions/WSIS20-C-";
    // "rendered": every timed request is a page the page cache (lib/http/page-cache/) has not
    // kept, so Next renders it: the cost of a miss (an unknown parameter, `r`, is ignored by the
    // page and makes each URL new).
    let fresh = 0;
    const rendered = (name: string, path: string, barePath: string, extra: Record<string, number>) => {
      const portal = { base, path, expect: found };
      const sep = path.includes("?") ? "&" : "?";
      const before = async () => void (portal.path = `${path}${sep}r=${fresh++}`);
      return compare(name, portal, { base: bare.base, path: barePath, expect: found }, { n: N, mode: "rendered", before, extra });
    };
    const list = { target_p95_ms: 30, target_ratio: 10 };
    const cases: [string, string, string][] = [
      ["public-list", "/en/contributions", "/list"],
      ["public-faceted", "/en/contributions?al=C7&group=CIVIL_SOCIETY&lang=fr", "/list?al=C7&group=CIVIL_SOCIETY&lang=fr"],
    ];
    // `--only=public-list` (a prefix) measures only the matching cases, e.g. while profiling.
    const only = stringArg("only") ?? "";
    for (const [name, path, barePath] of cases.filter(([name]) => name.startsWith(only))) {
      await compare(name, { base, path, expect: found }, { base: bare.base, path: barePath, expect: found }, { n: N, extra: list });
      await compare(name, { base, path, expect: found }, { base: bare.base, path: barePath, expect: found }, { n: N, mode: "cold", before: acceptOne, extra: list });
      await rendered(name, path, barePath, list);
    }
    for (const lang of LANGS.filter((l) => `public-search-${l}`.startsWith(only))) {
      const q = encodeURIComponent(SEARCH_TERMS[lang]);
      const search = { target_p95_ms: 50, target_ratio: 4 };
      await compare(`public-search-${lang}`, { base, path: `/en/contributions?q=${q}`, expect: found }, { base: bare.base, path: `/search?q=${q}`, expect: found }, { n: N, extra: search });
      await rendered(`public-search-${lang}`, `/en/contributions?q=${q}`, `/search?q=${q}`, search);
    }
  } finally {
    await client.end().catch(() => {});
    await bare.stop().catch(() => {});
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
