/**
 * `npm run bench:queue`: latency of the secretariat queue with 50,000 contributions.
 *
 * Seeds its own embedded PostgreSQL (scripts/bench: 50,000 contributions in the six languages,
 * mixed statuses incl. a few drafts, 40 organisations, submissions over six months), serves the
 * production build (`.next-bench`; `--skip-build` reuses it), signs secretariat@example.org in
 * with a session row and times, after 5 warm-up requests, 50 sequential requests per case:
 * the first page, a filtered page, a deep page sorted by title, and the queue's own text search;
 * then the duplicate clusters page and one contribution's page with its likely duplicates.
 *
 * Prints one JSON line per case: {"case", "n", "median_ms", "p95_ms", "path"}, milliseconds from
 * request to the body's last byte. Target: p95 ≤ 150 ms each. Everything it started is stopped and
 * its temporary directory deleted, also on failure or Ctrl-C.
 */
import { startBenchEnvironment } from "./bench/environment";
import { measure, signIn } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";

const ROWS = 50_000;

async function main() {
  const env = await startBenchEnvironment();
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "queue");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s.`);
    const base = await env.startApp();
    const cookie = await signIn(env.databaseUrl, "secretariat@example.org");
    const queue = { cookie, expect: "WSIS20-C-" };
    await measure("queue-first-page", base, "/en/secretariat", queue);
    await measure("queue-filtered", base, "/en/secretariat?status=SUBMITTED&al=C5&lang=ar", queue);
    await measure("queue-deep-page-by-title", base, "/en/secretariat?sort=title&dir=asc&page=1500", queue);
    await measure("search", base, "/en/secretariat?q=cybersecurity", queue);
    // Duplicates (not part of the four cases): the clusters page, and a contribution's
    // page with its likely-duplicates panel (nearest neighbours by trigram distance).
    await measure("duplicate-clusters", base, "/en/secretariat/duplicates", queue);
    await measure("contribution-with-likely-duplicates", base, "/en/secretariat/contributions/bench0002592", queue);
  } finally {
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
