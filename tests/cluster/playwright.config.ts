/**
 * The cluster test's Playwright configuration (run by scripts/test-cluster.ts, `npm run
 * test:cluster`, which starts the cluster first and passes its addresses in CLUSTER_* variables).
 * The browser talks to nginx only; no web server is started here.
 */
import { defineConfig, devices } from "@playwright/test";
import base from "../../playwright.config";

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "cluster.spec.ts",
  outputDir: "../../test-results/cluster",
  timeout: 240_000,
  use: { ...base.use, baseURL: process.env.CLUSTER_BASE },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: undefined,
});
