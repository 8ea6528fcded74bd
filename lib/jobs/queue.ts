/**
 * Background work on a PostgreSQL-backed job queue (pg-boss 10: the last major for Node 20), so
 * that any app server runs any job and a job whose server died is run again by another:
 *
 * - `exports.run` { id }: a background export (lib/services/exports/export-jobs.ts). A job still
 *   active after `expireInSeconds` (its server died, or hangs) is failed by pg-boss's supervision
 *   on any live server and retried; the retry takes over the ExportJob row once its heartbeat is
 *   older than `exportStaleMs`.
 * - `email.deliver`: one delivery run of the outbox (rows are claimed FOR UPDATE SKIP LOCKED, so
 *   runs on several servers never send an e-mail twice); sent when an e-mail is written
 *   (throttled) and scheduled every minute as a backstop. Only when SMTP_URL is set.
 * - `maintenance.sweep`: every 15 minutes, expired export files and orphan blobs.
 *
 * The queue lives in the database's `pgboss` schema (created by pg-boss on start). Without it
 * (tests, or JOBS=off), callers fall back to running the work in-process (`enqueue` says false).
 */
import PgBoss from "pg-boss";

export const QUEUES = { exports: "exports.run", email: "email.deliver", sweep: "maintenance.sweep" } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobsOptions {
  connectionString: string;
  /** Seconds between pg-boss's supervision runs (expiring dead jobs); default 30. */
  maintenanceIntervalSeconds?: number;
  /** An export job running longer than this (s) is presumed dead and retried; default 900. */
  exportExpireInSeconds?: number;
  /** A RUNNING export whose heartbeat is older than this (ms) may be taken over by a retry. */
  exportStaleMs?: number;
  /** Seconds between a worker's polls of an empty queue; default 2. */
  pollingIntervalSeconds?: number;
  /** Handlers; each receives the job's data. Omitted queues get no worker on this server. */
  handlers: Partial<Record<QueueName, (data: Record<string, unknown>, meta: { retryCount: number; staleMs: number }) => Promise<void>>>;
  /** Cron schedules (UTC) to register, e.g. { "email.deliver": "* * * * *" }. */
  schedules?: Partial<Record<QueueName, string>>;
}

let active: PgBoss | undefined;

/** Starts the queue, its workers and schedules on this server. Returns the pg-boss instance. */
export async function startJobs(options: JobsOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: "pgboss",
    application_name: "wsis-jobs",
    max: 4,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  boss.on("error", (e) => console.error("[jobs]", e));
  await boss.start();
  const queues: PgBoss.Queue[] = [
    { name: QUEUES.exports, retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: options.exportExpireInSeconds ?? 900 },
    { name: QUEUES.email, retryLimit: 0, expireInSeconds: 300 },
    { name: QUEUES.sweep, policy: "singleton", retryLimit: 0, expireInSeconds: 900 },
  ];
  for (const queue of queues) {
    if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
    else await boss.createQueue(queue.name, queue);
  }
  const staleMs = options.exportStaleMs ?? 60_000;
  for (const [name, handler] of Object.entries(options.handlers) as [QueueName, NonNullable<JobsOptions["handlers"][QueueName]>][]) {
    await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) await handler(job.data ?? {}, { retryCount: (job as PgBoss.JobWithMetadata).retryCount ?? 0, staleMs });
    });
  }
  for (const [name, cron] of Object.entries(options.schedules ?? {})) await boss.schedule(name, cron!, {}, { tz: "UTC" });
  active = boss;
  return boss;
}

/** Puts a job on `queue` when the queue runs on this server; false when it does not (run it in-process). */
export async function enqueue(queue: QueueName, data: Record<string, unknown> = {}, options: PgBoss.SendOptions = {}): Promise<boolean> {
  if (!active) return false;
  await active.send(queue, data, options);
  return true;
}

/** Whether this server runs the queue. */
export function jobsRunning(): boolean {
  return active !== undefined;
}

/** Stops this server's workers (graceful: running jobs finish first, up to `timeout` ms). */
export async function stopJobs(graceful = true, timeout = 10_000): Promise<void> {
  const boss = active;
  active = undefined;
  await boss?.stop({ graceful, timeout, wait: true });
}
