/**
 * Backup and restore of the embedded PostgreSQL (`npm run db:backup` / `npm run db:restore`).
 *
 * The embedded PostgreSQL 17 package ships no pg_dump or pg_basebackup, and Debian's client tools
 * (15) refuse a newer server (../shared/notes/stack.md). So this is a physical backup with the
 * server's own low-level API, as the PostgreSQL manual describes it ("Making a Base Backup Using
 * the Low Level API"): `pg_backup_start()` on a connection that stays open, a copy of the data
 * directory while the server keeps running, `pg_backup_stop()`, whose backup_label goes into the
 * copy, then the WAL written meanwhile. The copy may hold half-written pages; the WAL from the
 * backup's start repairs them when the restored server starts (crash recovery from backup_label).
 *
 * The archive is a gzipped tar of that directory (Debian's `tar`). Restoring unpacks it into an
 * empty directory, hands it to the `postgres` user when running as root (PostgreSQL refuses root)
 * and lets the server recover on its first start.
 *
 * For a PostgreSQL given by DATABASE_URL (a managed service), use that service's backups or a
 * pg_dump of the server's version: this module needs the data directory on this machine.
 */
import { spawn } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

/** Entries of the data directory that are not copied (the manual's list): runtime state. */
export const SKIP_TOP = new Set(["postmaster.pid", "postmaster.opts", "pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "backup_label", "tablespace_map"]);
/** Directories whose contents are skipped but which must exist in the copy. */
export const EMPTY_DIRS = ["pg_wal", "pg_wal/archive_status", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"];

/** Copies `from` into `to` recursively, ignoring files that vanish while copying (the server runs). */
export function copyTree(from: string, to: string, skip: (name: string, depth: number) => boolean, depth = 0) {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(from)) {
    if (skip(name, depth)) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    try {
      const s = lstatSync(source);
      if (s.isDirectory()) copyTree(source, target, skip, depth + 1);
      else if (s.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
      else if (s.isFile()) copyFileSync(source, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e; // dropped or truncated meanwhile: WAL has it
    }
  }
}

function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("tar", args, { stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args[0]} exited with ${code}`))));
  });
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** WAL position at which the backup is consistent. */
  stopLsn: string;
}

/**
 * Backs up the running embedded server whose data directory is `dataDir`, through `adminUrl`
 * (a superuser connection to any of its databases), into the gzipped tar `file`.
 * @throws when the server refuses the backup or the copy fails (nothing is left half-written).
 */
export async function backup(dataDir: string, adminUrl: string, file: string): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const staging = mkdtempSync(path.join(path.dirname(path.resolve(file)), ".backup-"));
  try {
    await client.query("SELECT pg_backup_start($1, true)", [`wsis ${new Date().toISOString()}`]);
    let stop: { lsn: string; labelfile: string; spcmapfile: string | null };
    try {
      copyTree(dataDir, staging, (name, depth) => depth === 0 && SKIP_TOP.has(name));
    } finally {
      // Always end the backup mode, even when the copy failed.
      stop = (await client.query("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")).rows[0];
    }
    writeFileSync(path.join(staging, "backup_label"), stop.labelfile);
    if (stop.spcmapfile) writeFileSync(path.join(staging, "tablespace_map"), stop.spcmapfile);
    for (const dir of EMPTY_DIRS) mkdirSync(path.join(staging, dir), { recursive: true, mode: 0o700 });
    // Force the stop record's segment out, then copy the WAL written since the start: recovery
    // replays it. Segments are written in place, so copying after the stop has everything.
    await client.query("SELECT pg_switch_wal()");
    copyTree(path.join(dataDir, "pg_wal"), path.join(staging, "pg_wal"), (name) => name === "archive_status");
    const partial = `${file}.partial`;
    await tar(["-czf", partial, "-C", staging, "."]);
    execFileSync("mv", [partial, file]);
    return { file, bytes: statSync(file).size, stopLsn: stop.lsn };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    await client.end().catch(() => {});
  }
}

/**
 * Unpacks backup `file` into `dataDir`, which must not exist or be empty. As root, the directory
 * is handed to the `postgres` user (the embedded server runs as it). The next start of the server
 * on `dataDir` recovers to the backup's consistent point.
 * @throws when `dataDir` holds anything, or the archive is not a backup of this kind.
 */
export async function restore(file: string, dataDir: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup file ${file}`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty: restore into a new directory (or move the old one away first).`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  await tar(["-xzf", file, "-C", dataDir]);
  if (!existsSync(path.join(dataDir, "backup_label")) || !existsSync(path.join(dataDir, "PG_VERSION"))) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${file} is not a backup made by db:backup (no backup_label or PG_VERSION).`);
  }
  chmodSync(dataDir, 0o700);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    const walk = (p: string) => {
      chownSync(p, uid, gid);
      if (lstatSync(p).isDirectory()) for (const name of readdirSync(p)) walk(path.join(p, name));
    };
    walk(dataDir);
  }
}

/** The port of the server running on `dataDir` (postmaster.pid, line 4), or null when none runs. */
export function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return null;
  }
  return Number(lines[3]) || null;
}
