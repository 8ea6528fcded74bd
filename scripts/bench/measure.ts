/**
 * Measuring pages over HTTP: a few warm-up requests (compiled code and PostgreSQL caches are
 * warm, as in steady use), then `n` requests one after another, each timed from sending the
 * request to the last byte of the body (milliseconds, performance.now()). Sequential on purpose:
 * the figure is the latency one person sees, not throughput under load.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface CaseResult {
  case: string;
  n: number;
  median_ms: number;
  p95_ms: number;
  /** What was requested, so a reader can repeat it. */
  path: string;
  note?: string;
}

/** The p-th percentile (0–100) of `values`, nearest-rank method, in the values' unit. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface MeasureOptions {
  /** Timed requests (default 50). */
  n?: number;
  /** Untimed requests first (default 5). */
  warmUp?: number;
  /** Cookie header, e.g. from signIn(). */
  cookie?: string;
  /** A string the page must contain, so an error or sign-in page is never timed as a success. */
  expect?: string;
  note?: string;
  /** Time budget per case in ms (default 45,000): a pathologically slow case stops early. */
  budgetMs?: number;
}

/**
 * Requests `base + path` `warmUp + n` times; returns the median and 95th percentile of the timed
 * ones in milliseconds (one decimal), and prints them as one JSON line on stdout. A case that
 * exceeds its time budget stops early (at least 5 timed requests): its `n` says how many, and
 * `note` says so.
 * @throws when any answer is not 200 or lacks `expect`.
 */
export async function measure(name: string, base: string, path: string, options: MeasureOptions = {}): Promise<CaseResult> {
  const { n = 50, warmUp = 5, cookie, expect, budgetMs = 45_000 } = options;
  let { note } = options;
  const times: number[] = [];
  const caseStarted = performance.now();
  for (let i = 0; i < warmUp + n; i++) {
    if (times.length >= 5 && performance.now() - caseStarted > budgetMs) {
      note = [note, `stopped after ${budgetMs / 1000} s`].filter(Boolean).join("; ");
      break;
    }
    const started = performance.now();
    const res = await fetch(base + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`${name}: ${path} answered ${res.status}`);
    if (expect && !body.includes(expect)) throw new Error(`${name}: ${path} does not contain ${JSON.stringify(expect)}`);
    if (i >= warmUp) times.push(ms);
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const result = { case: name, n: times.length, median_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), path, ...(note ? { note } : {}) };
  console.log(JSON.stringify(result));
  return result;
}

/**
 * Signs `email` in without e-mail: writes a next-auth database session row (the cookie
 * `next-auth.session-token` names it), valid for an hour. Returns the Cookie header value.
 */
export async function signIn(databaseUrl: string, email: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    const { rowCount } = await client.query(
      `INSERT INTO "Session" ("id", "sessionToken", "userId", "expires")
       SELECT $1, $2, "id", now() + interval '1 hour' FROM "User" WHERE "email" = $3`,
      [`bench-${token.slice(0, 16)}`, token, email],
    );
    if (rowCount !== 1) throw new Error(`no user ${email}`);
    return `next-auth.session-token=${token}`;
  } finally {
    await client.end();
  }
}

/** `--name=value` from the command line, as a number (the benchmarks' small settings: --rows=2000 --n=10). */
/** The value of `--name=value` on the command line, or undefined. */
export function stringArg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export function numberArg(name: string, fallback: number): number {
  const raw = stringArg(name);
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : fallback;
}

export interface Target {
  base: string;
  path: string;
  cookie?: string;
  /** A string the page must contain (see MeasureOptions.expect). */
  expect?: string;
}

async function timeOne(name: string, t: Target): Promise<number> {
  const started = performance.now();
  const res = await fetch(t.base + t.path, { headers: t.cookie ? { cookie: t.cookie } : {}, redirect: "manual" });
  const body = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${name}: ${t.path} answered ${res.status}`);
  if (t.expect && !body.includes(t.expect)) throw new Error(`${name}: ${t.path} does not contain ${JSON.stringify(t.expect)}`);
  return ms;
}

export interface CompareOptions {
  n?: number;
  warmUp?: number;
  /** "warm" (steady state) or "cold" (`before` runs before each timed pair: e.g. an acceptance). */
  mode?: "warm" | "cold" | "rendered";
  /** Runs before each timed pair (not timed). */
  before?: () => Promise<void>;
  /** Extra fields for the JSON line (targets…). */
  extra?: Record<string, unknown>;
  budgetMs?: number;
}

/**
 * The portal and the bare handler (scripts/bench/bare.ts) answering the same question, timed in
 * alternation (one portal request, then one bare request, `n` times) so both meet the same moment
 * of the shared machine. Prints one JSON line: both medians and p95s, their ratios, the mode and
 * the 1-minute load average at the end.
 */
export async function compare(name: string, portal: Target, bare: Target, options: CompareOptions = {}) {
  const { n = 50, warmUp = 5, mode = "warm", before, extra = {}, budgetMs = 60_000 } = options;
  const p: number[] = [];
  const b: number[] = [];
  const started = performance.now();
  for (let i = 0; i < warmUp; i++) {
    await timeOne(name, portal);
    await timeOne(name, bare);
  }
  while (p.length < n && (p.length < 5 || performance.now() - started < budgetMs)) {
    if (before) await before();
    p.push(await timeOne(name, portal));
    b.push(await timeOne(name, bare));
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const [pm, pp, bm, bp] = [percentile(p, 50), percentile(p, 95), percentile(b, 50), percentile(b, 95)];
  const line = {
    case: name,
    mode,
    n: p.length,
    portal_median_ms: round(pm),
    portal_p95_ms: round(pp),
    bare_median_ms: round(bm),
    bare_p95_ms: round(bp),
    median_ratio: round(pm / bm),
    p95_ratio: round(pp / bp),
    ...extra,
    path: portal.path,
    bare_path: bare.path,
    load1: round((await import("node:os")).loadavg()[0]),
  };
  console.log(JSON.stringify(line));
  return line;
}
