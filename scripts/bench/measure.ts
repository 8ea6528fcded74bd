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
