/**
 * `npm run db:backup [-- --data-dir=.data/pg] [--out=file.tar.gz]`: an online physical backup of
 * the embedded PostgreSQL (scripts/lib/backup.ts) into `.data/backups/wsis-<time>.tar.gz`.
 * Works while `npm start` runs (it connects to that server) or when it does not (it starts the
 * server for the time of the backup). Restore with `npm run db:restore -- <file>`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ROOT, startEmbeddedPostgres, type RunningPostgres } from "./lib/database";
import { backup, runningPort } from "./lib/backup";

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");

async function main() {
  if (process.env.DATABASE_URL) console.warn("DATABASE_URL is set: this backs up the embedded PostgreSQL's data directory, not that server (use its own backups or a pg_dump of its version).");
  const dataDir = path.resolve(option("data-dir") ?? path.join(ROOT, ".data", "pg"));
  const out = path.resolve(option("out") ?? path.join(ROOT, ".data", "backups", `wsis-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`));
  mkdirSync(path.dirname(out), { recursive: true });
  let started: RunningPostgres | undefined;
  const port = runningPort(dataDir);
  let adminUrl = port ? `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` : undefined;
  if (!adminUrl) {
    started = await startEmbeddedPostgres(dataDir);
    adminUrl = started.urlFor("postgres");
  }
  try {
    const result = await backup(dataDir, adminUrl, out);
    console.log(JSON.stringify({ ...result, dataDir }));
  } finally {
    await started?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
