/**
 * Server start-up in the Node.js runtime (called by instrumentation.ts): validates the
 * environment (exits with its message when wrong), starts e-mail delivery when SMTP is set,
 * listens for other servers' cache invalidations (PostgreSQL NOTIFY), and
 * resumes background exports (fails those a stopped server left RUNNING, runs PENDING ones).
 */
export async function startNode() {
  // First: the request stamps (client address, loopback listener) that the development
  // mailbox, the rate limits and the forwarded-header trust rely on (lib/http/request-stamp.ts).
  // Then the route handlers' gzip at level 1 (lib/http/data-compression.ts), and the public
  // list's page cache, answered before Next (lib/http/page-cache/).
  const { installRequestStamp } = await import("./lib/http/request-stamp");
  const { compressDataAnswer } = await import("./lib/http/data-compression");
  const { answerFromPageCache } = await import("./lib/http/page-cache/answer");
  installRequestStamp((req, res, server) => {
    compressDataAnswer(req, res);
    return answerFromPageCache(req, res, server);
  });
  const { env } = await import("./lib/env");
  let e;
  try {
    e = env();
  } catch (error) {
    // Refuse to serve with a wrong environment rather than answer 500 on every page.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (e.JOBS === "pgboss") {
    // Any server runs any job; a job whose server dies is retried by another (lib/jobs/queue.ts).
    const { startJobs } = await import("./lib/jobs/queue");
    const { runQueuedExportJob, resumeExportJobs } = await import("./lib/services/exports/export-jobs");
    const { deliveryRun } = await import("./lib/email/worker");
    const { sweepOrphanBlobs } = await import("./lib/services/attachments/sweep-orphan-blobs");
    // Servers starting together can deadlock in pg-boss's queue creation (seen in the cluster
    // test): try again after a random pause.
    const startJobsRetrying = async (options: Parameters<typeof startJobs>[0]) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await startJobs(options);
        } catch (error) {
          if (attempt >= 5 || (error as { code?: string }).code !== "40P01") throw error;
          await new Promise((r) => setTimeout(r, 200 + Math.random() * 800 * attempt));
        }
      }
    };
    await startJobsRetrying({
      connectionString: e.DATABASE_DIRECT_URL ?? e.DATABASE_URL,
      handlers: {
        "exports.run": (data, meta) => runQueuedExportJob(String(data.id), meta),
        "email.deliver": () => deliveryRun(),
        // Expired export files, then blobs nothing refers to (older than a day).
        "maintenance.sweep": async () => {
          await resumeExportJobs();
          const { removed } = await sweepOrphanBlobs();
          if (removed.length) console.log(`[sweep] removed ${removed.length} orphan blob(s)`);
        },
      },
      schedules: { ...(e.SMTP_URL ? { "email.deliver": "* * * * *" } : {}), "maintenance.sweep": "*/15 * * * *" },
    }).catch((error) => console.error("[jobs] the job queue did not start; exports will run in-process", error));
  } else if (e.SMTP_URL) {
    const { startDeliveryWorker } = await import("./lib/email/worker");
    startDeliveryWorker();
  }
  // Caches of other app servers' changes (the public list's pages) are forgotten via NOTIFY;
  // the page cache answers nothing until this listens.
  const { listenForInvalidations } = await import("./lib/cache/invalidation");
  listenForInvalidations(e.DATABASE_DIRECT_URL ?? e.DATABASE_URL);
  const { resumeExportJobs } = await import("./lib/services/exports/export-jobs");
  resumeExportJobs().catch((error) => console.error("[exports] could not resume background exports", error));
}
