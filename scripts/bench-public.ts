/**
 * `npm run bench:public`: latency of the public portal's list and search with 50,000 published
 * contributions.
 *
 * Seeds its own embedded PostgreSQL (scripts/bench: 50,000 ACCEPTED contributions in the six
 * languages, 40 organisations), serves the production build (`.next-bench`; `--skip-build`
 * reuses it) and times anonymous requests, after 5 warm-up requests, 50 sequential ones per case:
 * the list, a faceted page, and a search in each language (scripts/bench/corpus.ts SEARCH_TERMS:
 * Arabic with diacritics the texts lack, a Chinese substring, Russian in another case).
 *
 * Prints one JSON line per case: {"case", "n", "median_ms", "p95_ms", "path"}, milliseconds from
 * request to the body's last byte. Target: p95 ≤ 100 ms each. Everything it started is stopped and
 * its temporary directory deleted, also on failure or Ctrl-C.
 */
import { startBenchEnvironment } from "./bench/environment";
import { measure } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";
import { LANGS, SEARCH_TERMS } from "./bench/corpus";

const ROWS = 50_000;

async function main() {
  const env = await startBenchEnvironment();
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "published");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s.`);
    const base = await env.startApp();
    // Every case must show at least one result link, so an empty result is never timed as fast.
    const found = { expect: "/en/contributions/WSIS20-C-" };
    await measure("public-list", base, "/en/contributions", found);
    await measure("public-faceted", base, "/en/contributions?al=C7&group=CIVIL_SOCIETY&lang=fr", found);
    for (const lang of LANGS) {
      await measure(`public-search-${lang}`, base, `/en/contributions?q=${encodeURIComponent(SEARCH_TERMS[lang])}`, found);
    }
  } finally {
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
