/**
 * `npm run cluster`: the reference deployment on this machine (docs/deploy.md): PostgreSQL
 * primary + streaming replica, PgBouncer (transaction mode), an S3-compatible server (s3rver),
 * two app servers on one production build (`.next-cluster`, rebuilt when the sources changed)
 * and nginx in front, at http://127.0.0.1:$PORT (default 8080). Seeded like `npm start`; its data
 * lives in a temporary directory and is gone when it stops. Ctrl-C (or the end of this process,
 * however it ends) stops every part. Needs Debian's nginx and pgbouncer (.ci/run installs them).
 * Options: --skip-build (serve the existing build), --dist=<dir> (another build, e.g. .next-test).
 */
import { buildIsCurrent } from "./lib/build";
import { startCluster } from "./lib/cluster";
import { ROOT, assertPortFree, run } from "./lib/database";
import path from "node:path";

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

async function main() {
  const port = Number(process.env.PORT || 8080);
  const distDir = option("dist") ?? ".next-cluster";
  await assertPortFree(port);
  if (!process.argv.includes("--skip-build") && !buildIsCurrent(distDir)) {
    console.log(`Building the portal into ${distDir} (next build)…`);
    const code = await run(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { NEXT_DIST_DIR: distDir, DATABASE_URL: "postgresql://localhost/unused" });
    if (code !== 0) process.exit(code);
  }
  const cluster = await startCluster({ port, distDir, log: (m) => console.log(m) });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the cluster…");
    await cluster.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));
  // An app server that dies is reported (nginx keeps serving from the other); stop with Ctrl-C.
  cluster.apps.forEach((app, i) => app.process.on("exit", (code, signal) => !stopping && console.error(`App server ${i + 1} exited (${signal ?? code}); nginx sends everyone to the other.`)));
  console.log(`
The portal through nginx:      ${cluster.base}   (e-mails: ${cluster.base}/dev/mailbox)
App servers:                   ${cluster.apps.map((a) => a.base).join("  ")}
PostgreSQL primary:            ${cluster.primaryUrl}
PostgreSQL streaming replica:  ${cluster.replicaUrl}
PgBouncer (transaction mode):  ${cluster.bouncerUrl}
S3-compatible server (s3rver): ${cluster.s3Endpoint}
Logs and data:                 ${cluster.dir} (deleted on exit)
Ctrl-C stops everything.`);
}

main().catch((e) => {
  console.error(`\n${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
