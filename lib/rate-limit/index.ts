/**
 * Rate limits (issue 12 item 4), with rate-limiter-flexible's PostgreSQL store: the counters live
 * in the table "RateLimit" (created by migration 20261203060100_rate_limits), so a limit holds
 * across every app server sharing the database. One small pg pool of its own: each check is one
 * atomic INSERT … ON CONFLICT statement.
 *
 * Limits (points per window; the sign-in ones configurable, see lib/env.ts):
 *   sign-in links: per mailbox (normalised: case, +tag, Gmail dots), per client address, overall;
 *   co-sponsor invitations per person; invitations to join an organisation per focal point; uploads per person; exports per person; open-data API
 *   and public searches per client address.
 * A refusal is AppError RATE_LIMITED { seconds } (messages errors.RATE_LIMITED; 429 over HTTP).
 */
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type LimitName = "signInMailbox" | "signInClient" | "signInOverall" | "cosponsorInvite" | "memberInvite" | "upload" | "export" | "search";

function settings(name: LimitName): { points: number; duration: number } {
  const e = env();
  switch (name) {
    case "signInMailbox":
      return { points: e.SIGN_IN_LIMIT, duration: 15 * 60 };
    case "signInClient":
      return { points: e.SIGN_IN_CLIENT_LIMIT, duration: 15 * 60 };
    case "signInOverall":
      return { points: e.SIGN_IN_OVERALL_LIMIT, duration: 60 };
    case "cosponsorInvite":
      return { points: 20, duration: 60 * 60 };
    case "memberInvite":
      return { points: 20, duration: 60 * 60 };
    case "upload":
      return { points: 60, duration: 60 * 60 };
    case "export":
      return { points: 30, duration: 10 * 60 };
    case "search":
      return { points: e.SEARCH_LIMIT, duration: 60 };
  }
}

const g = globalThis as unknown as { rateLimitPool?: pg.Pool; rateLimiters?: Map<string, RateLimiterPostgres> };

function pool(): pg.Pool {
  if (!g.rateLimitPool) {
    // PostgreSQL itself when DATABASE_DIRECT_URL is set, like LISTEN and the job queue:
    // rate-limiter-flexible sends *named* prepared statements ("ratelimit:rlflx-upsert"), which
    // PgBouncer in transaction mode does not keep across server connections (the cluster test
    // failed with 26000 "prepared statement does not exist").
    const { DATABASE_DIRECT_URL, DATABASE_URL } = env();
    // pg's own Pool, not lib/db-pool.ts's: the limiter's statements are named, and its upsert is
    // never refused in normal work, so a connection that errs is best closed.
    g.rateLimitPool = new pg.Pool({ connectionString: DATABASE_DIRECT_URL ?? DATABASE_URL, max: 3 });
    g.rateLimitPool.on("error", (e) => console.error("[rate-limit] idle connection error", e.message));
  }
  return g.rateLimitPool;
}

function limiter(name: LimitName): RateLimiterPostgres {
  const { points, duration } = settings(name);
  const id = `${name}:${points}:${duration}`;
  g.rateLimiters ??= new Map();
  let l = g.rateLimiters.get(id);
  if (!l) {
    l = new RateLimiterPostgres({ storeClient: pool(), storeType: "pool", tableName: "RateLimit", tableCreated: true, keyPrefix: name, points, duration, clearExpiredByTimeout: false });
    g.rateLimiters.set(id, l);
  }
  return l;
}

/**
 * Counts one use of `name` by `key`.
 * @throws AppError RATE_LIMITED { seconds } when the limit is reached (nothing is counted then).
 */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key.slice(0, 200));
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new AppError("RATE_LIMITED", { seconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) });
    throw e;
  }
}

/**
 * One mailbox, however it is written: lower case, without a "+tag" (the providers that deliver
 * tagged addresses all ignore the tag), and for Gmail without dots in the local part (Gmail
 * ignores them; googlemail.com is the same mailbox).
 */
export function mailboxKey(email: string): string {
  const [local, domain = ""] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  let user = local.split("+")[0];
  let host = domain;
  if (host === "googlemail.com") host = "gmail.com";
  if (host === "gmail.com") user = user.replaceAll(".", "");
  return `${user}@${host}`;
}

/** For tests: forget every counter. */
export async function resetRateLimits(): Promise<void> {
  await pool().query('DELETE FROM "RateLimit"');
}
