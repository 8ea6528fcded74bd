/**
 * Next.js start-up hook. The work (environment check, e-mail delivery, background exports) is in
 * instrumentation-node.ts and imported only in the Node.js runtime, as Next.js recommends, so the
 * Edge build never sees its Node.js APIs (process.exit).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startNode } = await import("./instrumentation-node");
    await startNode();
  }
}
