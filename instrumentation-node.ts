/**
 * Server start-up in the Node.js runtime (called by instrumentation.ts): validates the
 * environment (exits with its message when wrong), starts e-mail delivery when SMTP is set, and
 * resumes background exports (fails those a stopped server left RUNNING, runs PENDING ones).
 */
export async function startNode() {
  // First: the request stamps (client address, loopback listener) that the development
  // mailbox, the rate limits and the forwarded-header trust rely on (lib/http/request-stamp.ts).
  const { installRequestStamp } = await import("./lib/http/request-stamp");
  installRequestStamp();
  const { env } = await import("./lib/env");
  let e;
  try {
    e = env();
  } catch (error) {
    // Refuse to serve with a wrong environment rather than answer 500 on every page.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (e.SMTP_URL) {
    const { startDeliveryWorker } = await import("./lib/email/worker");
    startDeliveryWorker();
  }
  const { resumeExportJobs } = await import("./lib/services/exports/export-jobs");
  resumeExportJobs().catch((error) => console.error("[exports] could not resume background exports", error));
}
