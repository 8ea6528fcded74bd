/** Next.js start-up hook: validates the environment and starts e-mail delivery when SMTP is set. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const e = env(); // refuses to start with a clear message when a variable is wrong
  if (e.SMTP_URL) {
    const { startDeliveryWorker } = await import("./lib/email/worker");
    startDeliveryWorker();
  }
}
