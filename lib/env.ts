/**
 * The environment, read once and validated with zod. Read lazily (first call) so that
 * `next build` does not need a database.
 *
 * Variables: DATABASE_URL (required at run time), NEXTAUTH_SECRET (required when
 * PORTAL_ENV=production), NEXTAUTH_URL, SMTP_URL (unset: e-mails stay in the outbox and the
 * development mailbox shows them), EMAIL_FROM, PORTAL_ENV (development | test | production),
 * STORAGE_DIR (attachment blobs, default `.data/files`), ATTACHMENT_MAX_BYTES (per file, bytes,
 * default 20 MiB), ATTACHMENT_MAX_COUNT (per contribution, default 5), OIDC_ISSUER,
 * OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME (sign-in through an organisation's OpenID
 * provider: off unless the first three are set; lib/auth/oidc.ts), DEV_MAILBOX ("on" to allow
 * the development mailbox, see devMailboxConfigured), TRUSTED_PROXIES (addresses or CIDR ranges of
 * reverse proxies whose X-Forwarded-* headers are believed; lib/http/client-address.ts),
 * DATABASE_DIRECT_URL (PostgreSQL itself, for LISTEN and the job queue, when DATABASE_URL is
 * PgBouncer), DATABASE_REPLICA_URL (public reads), DATABASE_POOL_MAX, DATABASE_TX_MAX_WAIT_MS, DATABASE_TX_TIMEOUT_MS, SUBMIT_CONCURRENCY,
 * SUBMIT_QUEUE_MAX and SUBMIT_QUEUE_WAIT_MS (the deadline crowd: docs/deploy.md).
 * @throws Error listing every invalid variable, so the app refuses to start with a clear message.
 */
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/client-address";

const ZEnv = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    SMTP_URL: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional()),
    EMAIL_FROM: z.string().default("WSIS+20 Contributions Portal <no-reply@example.org>"),
    PORTAL_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Sign-in links per address per 15 minutes (lib/auth/sign-in-limit.ts). */
    SIGN_IN_LIMIT: z.coerce.number().int().min(1).default(5),
    /** Sign-in links per client address per 15 minutes, and for everyone per minute (lib/rate-limit). */
    SIGN_IN_CLIENT_LIMIT: z.coerce.number().int().min(1).default(20),
    SIGN_IN_OVERALL_LIMIT: z.coerce.number().int().min(1).default(120),
    /** Public searches (page and open-data API) per client address per minute. */
    SEARCH_LIMIT: z.coerce.number().int().min(1).default(120),
    STORAGE_DIR: z.string().min(1).default(".data/files"),
    /** Where attachments and export files live: this machine's STORAGE_DIR, or an S3 bucket. */
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** Bucket in the path (http://host/bucket/key), as most S3-compatible servers want. */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    S3_PREFIX: z.string().default(""),
    ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
    ATTACHMENT_MAX_COUNT: z.coerce.number().int().positive().default(5),
    OIDC_ISSUER: z.preprocess((v) => v || undefined, z.string().url("must be the provider's issuer URL").optional()),
    OIDC_CLIENT_ID: z.preprocess((v) => v || undefined, z.string().optional()),
    OIDC_CLIENT_SECRET: z.preprocess((v) => v || undefined, z.string().optional()),
    OIDC_NAME: z.preprocess((v) => v || undefined, z.string().max(60).optional()),
    /** The development mailbox shows sign-in links: off unless explicitly switched on. */
    DEV_MAILBOX: z.enum(["on", "off"]).default("off"),
    TRUSTED_PROXIES: z.string().default("").superRefine((v, ctx) => {
      try {
        parseTrustedProxies(v);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    }),
    /** PostgreSQL itself when DATABASE_URL goes through PgBouncer (transaction mode): LISTEN needs a session. */
    DATABASE_DIRECT_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
    /** A streaming replica of PostgreSQL for public reads (lib/db.ts publicReadDb); unset: the primary. */
    DATABASE_REPLICA_URL: z.preprocess((v) => v || undefined, z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional()),
    /** Background work on the PostgreSQL job queue (pg-boss), or in-process timers (off). */
    JOBS: z.enum(["pgboss", "off"]).default("pgboss"),
    /** Connections of this server's PostgreSQL pool (lib/db-client.ts; docs/deploy.md sizing). */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
    /** Longest wait (ms) of an interactive transaction for a connection, then its whole run. */
    DATABASE_TX_MAX_WAIT_MS: z.coerce.number().int().positive().default(10_000),
    DATABASE_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
    /** Submissions written at once; the others wait in a bounded queue (submission-queue.ts). */
    SUBMIT_CONCURRENCY: z.coerce.number().int().min(1).default(8),
    SUBMIT_QUEUE_MAX: z.coerce.number().int().min(0).default(2_000),
    /** A submission still waiting after this long (ms) is refused as BUSY (retryable, same key). */
    SUBMIT_QUEUE_WAIT_MS: z.coerce.number().int().positive().default(30_000),
  })
  .superRefine((env, ctx) => {
    // OpenID Connect is all or nothing: a half configuration is a mistake, not "off".
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const k of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const) if (!env[k]) ctx.addIssue({ code: "custom", path: [k], message: "is required when any OIDC_* variable is set" });
    }
    if (env.STORAGE_DRIVER === "s3" && !env.S3_BUCKET) ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when STORAGE_DRIVER=s3" });
    if (env.PORTAL_ENV !== "production") return;
    if (!env.NEXTAUTH_SECRET) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
    if (!env.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required in production (e-mails must go out)" });
    if (env.DEV_MAILBOX === "on") ctx.addIssue({ code: "custom", path: ["DEV_MAILBOX"], message: "must not be on in production (it shows sign-in links)" });
  });

export type Env = z.infer<typeof ZEnv>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * The development mailbox (/dev/mailbox) is configured: switched on (DEV_MAILBOX=on), outside
 * production, without SMTP. Whether a given request may see it is decided by
 * lib/http/dev-mailbox.ts (loopback listener and client only).
 */
export function devMailboxConfigured(): boolean {
  const e = env();
  return e.DEV_MAILBOX === "on" && e.PORTAL_ENV !== "production" && !e.SMTP_URL;
}

/** Forgets the cached environment (tests that change process.env). */
export function reloadEnv(): void {
  cached = undefined;
}
