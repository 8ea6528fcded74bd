/**
 * `npm start`: serves the portal at http://localhost:$PORT (default 3000).
 *
 * Without DATABASE_URL it runs an embedded PostgreSQL 17 with its data under `.data/pg`
 * (kept across restarts); with DATABASE_URL it uses that server and starts nothing.
 * Either way it applies committed migrations and the idempotent seed, builds the app when
 * the sources are newer than the last build, then runs `next start` (or `next dev` with --dev).
 * A NEXTAUTH_SECRET is generated once into `.data/auth-secret` when none is given.
 */
import { serverNodeOptions } from "./lib/server-options";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { buildIsCurrent } from "./lib/build";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ROOT, assertPortFree, ensureDatabase, migrate, run, seed, startEmbeddedPostgres, withDatabase, type RunningPostgres } from "./lib/database";

const dev = process.argv.includes("--dev");
const DATA = path.join(ROOT, ".data");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main() {
  mkdirSync(DATA, { recursive: true });
  const port = process.env.PORT || "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`PORT must be a port number (1–65535), not "${port}".`);
  await assertPortFree(Number(port)).catch((e: Error) => fail(e.message));
  let embedded: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl && !/^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(databaseUrl)) {
    fail(`DATABASE_URL must look like postgresql://user:password@host:5432/database, not "${databaseUrl}".\nUnset it to use the embedded PostgreSQL.`);
  }
  if (!databaseUrl) {
    console.log("Starting the embedded PostgreSQL (data in .data/pg)…");
    embedded = await startEmbeddedPostgres(path.join(DATA, "pg")).catch((e: Error) => fail(e.message));
    await ensureDatabase(embedded.urlFor("postgres"), "wsis");
    databaseUrl = embedded.urlFor("wsis");
  } else {
    await ensureDatabase(withDatabase(databaseUrl, "postgres"), new URL(databaseUrl).pathname.slice(1)).catch(() => {
      /* no right to create databases: the database must exist already, migrate will say if not */
    });
  }
  // Loopback only unless HOST says otherwise: the development mailbox (sign-in links!) opens only
  // on a loopback listener, to loopback clients (lib/http/dev-mailbox.ts).
  const host = process.env.HOST || "127.0.0.1";
  const loopback = host === "localhost" || host === "::1" || host.startsWith("127.");
  const mailbox = !process.env.SMTP_URL && process.env.PORTAL_ENV !== "production" && process.env.DEV_MAILBOX !== "off" && loopback;
  const env = {
    DATABASE_URL: databaseUrl,
    DEV_MAILBOX: mailbox ? "on" : "off",
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    PORT: port,
  };
  const stop = async (code: number) => {
    if (embedded) await embedded.stop().catch(() => {});
    process.exit(code);
  };
  try {
    await migrate(databaseUrl);
    await seed(databaseUrl);
    if (!dev && !buildIsCurrent()) {
      console.log("Building the portal (next build)…");
      const code = await run(NEXT_BIN, ["build"], env);
      if (code !== 0) return stop(code);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return stop(1);
  }
  console.log(`\nThe portal: http://localhost:${port}${loopback ? "" : ` (listening on ${host})`}`);
  if (mailbox) console.log(`E-mails (sign-in links included) are not sent: read them at http://localhost:${port}/dev/mailbox, open to this machine only (loopback).\n`);
  else if (!process.env.SMTP_URL) console.log(`No SMTP_URL and the development mailbox is off${loopback ? "" : ` (the server listens beyond loopback, on ${host})`}: sign-in e-mails stay in the outbox.\n`);
  else console.log("");
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => {});
  const code = await run(NEXT_BIN, [dev ? "dev" : "start", "-p", port, "-H", host], dev ? env : { ...env, NODE_OPTIONS: serverNodeOptions() });
  await stop(code);
}

main();
