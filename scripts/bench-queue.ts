/**
 * `npm run bench:queue`: latency of the secretariat queue with 50,000 contributions, against a
 * bare handler reading the same page of rows in the same run.
 *
 * Seeds its own embedded PostgreSQL (scripts/bench: 50,000 contributions in the six languages,
 * mixed statuses incl. a few drafts, 40 organisations, submissions over six months), serves the
 * production build (`.next-bench`; `--skip-build` reuses it), starts the bare Node `http` + `pg`
 * handler (scripts/bench/bare.ts) on the same database, signs secretariat@example.org in with a
 * session row and times, after 5 warm-up pairs, 50 pairs (portal, bare) per case: the first page,
 * a filtered page, a deep page sorted by title, and the queue's own text search; then the
 * duplicate clusters page and one contribution's page with its likely duplicates; and, as a
 * reference without a target, the account page (a small signed-in page) against the same bare
 * first page: what Next costs before the queue's own content.
 *
 * Prints one JSON line per case: {"case", "mode", "n", "portal_median_ms", "portal_p95_ms",
 * "bare_median_ms", "bare_p95_ms", "median_ratio", "p95_ratio", "target_p95_ms", "target_ratio",
 * "path", "bare_path", "load1"}, milliseconds from request to the body's last byte. Targets:
 * p95 ≤ 150 ms and ≤ 10× bare in every case. Small settings: `--rows=5000 --n=10`. Everything it
 * started is stopped and its temporary directory deleted, also on failure or Ctrl-C.
 */
import { startBenchEnvironment } from "./bench/environment";
import { compare, numberArg, signIn } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";
import { startBareServer } from "./bench/bare";

const ROWS = numberArg("rows", 50_000);
const N = numberArg("n", 50);

async function main() {
  const env = await startBenchEnvironment();
  const bare = await startBareServer(env.databaseUrl);
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "queue");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s.`);
    const base = await env.startApp();
    const cookie = await signIn(env.databaseUrl, "secretariat@example.org");
    const targets = { extra: { target_p95_ms: 150, target_ratio: 10 }, n: N };
    const pair = (name: string, path: string, barePath: string) =>
      compare(name, { base, path, cookie, expect: "WSIS20-C-" }, { base: bare.base, path: barePath, expect: "WSIS20-C-" }, targets);
    await pair("queue-first-page", "/en/secretariat", "/queue");
    await pair("queue-filtered", "/en/secretariat?status=SUBMITTED&al=C5&lang=ar", "/queue?status=SUBMITTED&al=C5&lang=ar");
    const deep = Math.max(1, Math.min(1500, Math.floor((ROWS * 0.9) / 25)));
    await pair("queue-deep-page-by-title", `/en/secretariat?sort=title&dir=asc&page=${deep}`, `/queue?sort=title&dir=asc&page=${deep}`);
    await pair("search", "/en/secretariat?q=cybersecurity", "/queue?q=cybersecurity");
    // Duplicates (not part of the four cases): the clusters page, and a contribution's
    // page with its likely-duplicates panel (nearest neighbours by trigram distance).
    await pair("duplicate-clusters", "/en/secretariat/duplicates", "/duplicates");
    const one = `bench${String(Math.min(2592, ROWS)).padStart(7, "0")}`;
    await pair("contribution-with-likely-duplicates", `/en/secretariat/contributions/${one}`, `/likely?id=${one}`);
    // No target: the framework's floor. A small signed-in page (the account page, a sixth of the
    // queue's HTML and no table) against the same bare first page, to read the queue's ratio by.
    await compare("floor-account-page", { base, path: "/en/account", cookie, expect: "My account and data" }, { base: bare.base, path: "/queue", expect: "WSIS20-C-" }, { n: N, extra: { target: "none (reference)" } });
  } finally {
    await bare.stop().catch(() => {});
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
