/**
 * End-to-end tests on the production build, run by `npm test` (scripts/test.ts), which sets
 * DATABASE_URL (a seeded test database), PORT, NEXT_DIST_DIR and NEXTAUTH_* before calling us.
 *
 * Browser: Debian's Chromium at /usr/bin/chromium when present (Playwright's own browser
 * download cannot run on these machines), else a Playwright-managed Chromium, else a clear
 * message naming both ways to get one.
 */
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (existsSync(chromium.executablePath())) return undefined; // Playwright-managed browser
  throw new Error(
    "No Chromium for the end-to-end tests. Install one of:\n" +
      "  • Debian's Chromium:  apt-get install -y chromium fonts-noto-core fonts-noto-cjk\n" +
      "  • Playwright's build: npx playwright install chromium   (needs access to Playwright's download host)\n" +
      "or set CHROMIUM_PATH to a Chromium executable.",
  );
}

const port = process.env.PORT ?? "3000";
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    // The test OpenID provider (tests/support/oidc-provider.ts), when scripts/test.ts set it up.
    ...(process.env.OIDC_TEST_PORT
      ? [
          {
            command: "node_modules/.bin/tsx tests/support/oidc-provider.ts",
            url: `http://127.0.0.1:${process.env.OIDC_TEST_PORT}/.well-known/openid-configuration`,
            reuseExistingServer: false,
            timeout: 60_000,
            stdout: "ignore" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
    {
      // Loopback only: the development mailbox the tests sign in through opens on no other listener.
      command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/en`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
