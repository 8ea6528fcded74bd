/**
 * `npm run test:cluster`: starts the reference deployment (scripts/lib/cluster.ts: primary +
 * streaming replica, PgBouncer in transaction mode, s3rver, two app servers, nginx) and runs
 * tests/cluster/cluster.spec.ts against it through nginx; stops everything afterwards.
 *
 * Nothing is skipped: without nginx or pgbouncer it fails, saying how to install them.
 * `--reuse-build` serves the end-to-end tests' build (`.next-test`, which `npm test` has just
 * made: .ci/run) instead of building `.next-cluster`; `--skip-build` serves `.next-cluster` as it is. Environment: SURGE_N (50), SURGE_S (10).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent } from "./lib/build";
import { requireTools, startCluster } from "./lib/cluster";
import { ROOT, freePort, run } from "./lib/database";

const SUBMIT_CONCURRENCY = 2;
const SUBMIT_QUEUE_MAX = 8;
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

async function main() {
  try {
    requireTools();
  } catch (e) {
    console.error(`\ncluster test FAILED before starting: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const started = Date.now();
  const reuse = process.argv.includes("--reuse-build") && existsSync(path.join(ROOT, ".next-test", "BUILD_ID"));
  const distDir = reuse ? ".next-test" : ".next-cluster";
  if (!reuse && !process.argv.includes("--skip-build") && !buildIsCurrent(distDir)) {
    console.log(`Building the portal into ${distDir} (next build)…`);
    if ((await run(bin("next"), ["build"], { NEXT_DIST_DIR: distDir, DATABASE_URL: "postgresql://localhost/unused" })) !== 0) process.exit(1);
  }
  const cluster = await startCluster({
    port: await freePort(),
    distDir,
    log: (m) => console.log(m),
    // The tour signs people in several times; the limits themselves are tested elsewhere.
    // A small submission queue, so that the form's automatic BUSY retry can be seen (the spec's last step).
    env: { SIGN_IN_LIMIT: "1000", SIGN_IN_CLIENT_LIMIT: "1000", SIGN_IN_OVERALL_LIMIT: "1000", SEARCH_LIMIT: "100000", SUBMIT_CONCURRENCY: String(SUBMIT_CONCURRENCY), SUBMIT_QUEUE_MAX: String(SUBMIT_QUEUE_MAX) },
  });
  let code = 1;
  const stop = async () => {
    await cluster.stop();
    console.log(`\ncluster test ${code === 0 ? "passed" : "FAILED"} (${Math.round((Date.now() - started) / 1000)} s in all)`);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
  try {
    console.log(`Cluster up after ${Math.round((Date.now() - started) / 1000)} s; running tests/cluster/cluster.spec.ts through nginx (${cluster.base})…`);
    code = await run(bin("playwright"), ["test", "--config", "tests/cluster/playwright.config.ts"], {
      CLUSTER_BASE: cluster.base,
      CLUSTER_DIST: distDir,
      CLUSTER_APP_PIDS: cluster.apps.map((a) => a.process.pid).join(","),
      CLUSTER_APP_BASES: cluster.apps.map((a) => a.base).join(","),
      CLUSTER_PRIMARY_URL: cluster.primaryUrl,
      CLUSTER_REPLICA_URL: cluster.replicaUrl,
      CLUSTER_BOUNCER_URL: cluster.bouncerUrl,
      CLUSTER_SUBMIT_SLOTS: String(SUBMIT_CONCURRENCY + SUBMIT_QUEUE_MAX),
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(cluster.dir, "playwright.json"),
    });
    if (code !== 0) for (const log of ["app-1.log", "app-2.log", "nginx/error.log", "pgbouncer/pgbouncer.log"]) console.error(`--- ${log} (last lines) ---\n${tail(path.join(cluster.dir, log))}`);
  } finally {
    await stop();
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-40).join("\n");
  } catch {
    return "(none)";
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
