/**
 * The benchmarks' surroundings, set up and torn down in one place: an embedded PostgreSQL in a
 * temporary directory (migrated, seeded, then filled by the caller), the production build in
 * `.next-bench` (`next build`, skipped with `--skip-build`), and `next start` on a free port.
 * `stop()` ends next-server and PostgreSQL and deletes the temporary directory; it also runs on
 * SIGINT/SIGTERM, so an interrupted benchmark leaves nothing behind. Any benchmark takes
 * `--cpu-prof=DIR` to profile the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { serverNodeOptions } from "../lib/server-options";
import { stringArg } from "./measure";
import { ROOT, ensureDatabase, freePort, migrate, run, seed, startEmbeddedPostgres, type RunningPostgres } from "../lib/database";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export interface BenchEnvironment {
  /** The temporary directory (PostgreSQL data, attachment store). */
  tmp: string;
  /** URL of the benchmark's own database. */
  databaseUrl: string;
  /** Environment the app is built and served with. */
  appEnv: Record<string, string>;
  /** Set by startApp(): the served app's origin, e.g. http://localhost:41234. */
  base?: string;
  /** Set by startApp(): the pid of `next start` (its next-server process is a descendant). */
  serverPid?: number;
  /** Builds (unless --skip-build) and serves the app; resolves when it answers. */
  startApp(): Promise<string>;
  /**
   * Another `next start` of the same build on the same database (call after startApp): a second
   * stateless app server, as in docs/deploy.md. Resolves with its origin when it answers.
   */
  startAnotherApp(): Promise<string>;
  /** Stops next-server and PostgreSQL, deletes `tmp`. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts PostgreSQL in a temporary directory, creates, migrates and seeds `wsis_bench`. */
export async function startBenchEnvironment(): Promise<BenchEnvironment> {
  const tmp = mkdtempSync(path.join(tmpdir(), "wsis-bench-"));
  let postgres: RunningPostgres | undefined;
  const servers: ChildProcess[] = [];
  // One shared promise: a signal and the caller's `finally` may both ask, and the second must
  // wait for the first (else the process exits before the directory is deleted).
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopAll());
  const stopAll = async () => {
    await Promise.all(
      servers
        .filter((server) => server.exitCode === null && server.signalCode === null)
        .map((server) => {
          server.kill("SIGTERM");
          return once(server, "exit").catch(() => {});
        }),
    );
    await postgres?.stop().catch(() => {});
    // stop() can resolve before the postmaster has exited, and it writes its statistics file on
    // the way out: wait (up to 30 s) for postmaster.pid to go, then delete, retrying ENOTEMPTY.
    const pidFile = path.join(tmp, "pg", "postmaster.pid");
    for (let i = 0; i < 150 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 200));
    rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`${signal}: stopping the benchmark's server and database…`);
      void stop().finally(() => process.exit(130));
    });
  }
  // `next start` of the build on `port`. `--cpu-prof=DIR`: the server writes a V8 CPU profile into
  // DIR when it stops (open it in Chrome's DevTools, Performance tab), to see where time goes.
  const serve = async (port: string, env: Record<string, string>) => {
    const serverEnv = { ...process.env, ...env, NODE_OPTIONS: serverNodeOptions() };
    const profileDir = stringArg("cpu-prof");
    const command = profileDir
      ? ([process.execPath, ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`, path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port]] as const)
      : ([bin("next"), ["start", "-p", port]] as const);
    const server = spawn(command[0], [...command[1]], { cwd: ROOT, env: serverEnv, stdio: ["ignore", "ignore", "inherit"] });
    servers.push(server);
    const base = `http://localhost:${port}`;
    await waitForServer(`${base}/api/auth/csrf`, server);
    return { base, pid: server.pid };
  };
  try {
    postgres = await startEmbeddedPostgres(path.join(tmp, "pg"), true, process.argv.includes("--pg-socket") ? { socketDir: tmpdir() } : {});
    await ensureDatabase(postgres.urlFor("postgres"), "wsis_bench");
    // `--pg-socket`: every client (the app server, the bare handler, the script) reaches
    // PostgreSQL through its Unix socket instead of loopback TCP.
    const databaseUrl = process.argv.includes("--pg-socket") ? postgres.socketUrlFor("wsis_bench") : postgres.urlFor("wsis_bench");
    await migrate(databaseUrl);
    await seed(databaseUrl);
    const port = String(await freePort());
    const appEnv = {
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: ".next-bench",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
      PORT: port,
      PORTAL_ENV: "test",
      SMTP_URL: "",
      STORAGE_DIR: path.join(tmp, "files"),
    };
    const environment: BenchEnvironment = {
      tmp,
      databaseUrl,
      appEnv,
      stop,
      async startApp() {
        if (!process.argv.includes("--skip-build")) {
          console.error("Building into .next-bench (next build)…");
          if ((await run(bin("next"), ["build"], appEnv)) !== 0) throw new Error("next build failed");
        }
        const { base, pid } = await serve(port, appEnv);
        environment.base = base;
        environment.serverPid = pid;
        return base;
      },
      async startAnotherApp() {
        const other = String(await freePort());
        return (await serve(other, { ...appEnv, PORT: other, NEXTAUTH_URL: `http://localhost:${other}` })).base;
      },
    };
    return environment;
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Resolves when `url` answers below 500; rejects if the server exits or after 150 s. */
export async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not answer within 150 s");
}
