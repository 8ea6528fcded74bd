/**
 * `npm run db:restore -- <backup.tar.gz> [--data-dir=.data/pg] [--replace]`: restores a backup
 * made by `npm run db:backup` into the embedded PostgreSQL's data directory, starts the server
 * once so that it recovers to the backup's consistent point, prints the number of contributions
 * and stops. Stop `npm start` first. An existing data directory is never deleted: with
 * `--replace` it is moved aside to `<data-dir>.before-restore-<time>`; without, it is refused.
 */
import { existsSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, startEmbeddedPostgres } from "./lib/database";
import { restore, runningPort } from "./lib/backup";

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Usage: npm run db:restore -- <backup.tar.gz> [--data-dir=.data/pg] [--replace]");
  const dataDir = path.resolve(option("data-dir") ?? path.join(ROOT, ".data", "pg"));
  if (runningPort(dataDir)) throw new Error(`The embedded PostgreSQL on ${dataDir} is running: stop \`npm start\` first.`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!process.argv.includes("--replace")) throw new Error(`${dataDir} holds a database. Add --replace to move it aside (it is kept) and restore in its place.`);
    const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, aside);
    console.log(`Moved the current data directory to ${aside}`);
  }
  await restore(path.resolve(file), dataDir);
  const server = await startEmbeddedPostgres(dataDir);
  try {
    const client = new pg.Client({ connectionString: server.urlFor("postgres") });
    await client.connect();
    const databases = (await client.query(`SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'`)).rows.map((r) => r.datname as string);
    await client.end();
    console.log(JSON.stringify({ restored: file, dataDir, databases }));
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
