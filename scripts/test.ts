/**
 * `npm test`: the whole suite — unit and integration tests (vitest, against a real PostgreSQL),
 * then the end-to-end flow (Playwright on a production build in `.next-test`).
 *
 * It starts its own embedded PostgreSQL in a temporary directory, or uses TEST_DATABASE_URL
 * (a URL whose user may create databases) — never DATABASE_URL, never `.data/`.
 * Options: --unit (vitest only: unit and integration projects), --integration (vitest's
 * integration project only: `npm run test:integration`), --e2e (Playwright only), --reuse-build
 * (Playwright on the existing `.next-test` build, for re-running specs while only tests changed);
 * extra args after `--` go to the runner. `npm run test:unit` needs no database and does not come here.
 * Exit code: 0 only when every stage passed. Prints a closing "N passed, N failed" line.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ROOT, dropDatabase, ensureDatabase, freePort, migrate, run, seed, startEmbeddedPostgres, withDatabase, type RunningPostgres } from "./lib/database";

const args = process.argv.slice(2);
const onlyIntegration = args.includes("--integration");
const onlyUnit = args.includes("--unit") || onlyIntegration;
/** The environment of the test identity provider and of the portal as its client. */
async function testIdentityProvider(portalPort: string) {
  const oidcPort = String(await freePort());
  return {
    OIDC_TEST_PORT: oidcPort,
    OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
    OIDC_CLIENT_ID: "portal-e2e",
    OIDC_CLIENT_SECRET: randomBytes(24).toString("base64url"),
    OIDC_NAME: "Example Identity",
    PORTAL_URL: `http://localhost:${portalPort}`,
  };
}

const onlyE2e = args.includes("--e2e");
const reuseBuild = args.includes("--reuse-build") && existsSync(path.join(ROOT, ".next-test", "BUILD_ID"));
const passThrough = args.includes("--") ? args.slice(args.indexOf("--") + 1) : [];
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const tally = { passed: 0, failed: 0, skipped: 0 };

function readVitestReport(file: string) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  tally.passed += r.numPassedTests ?? 0;
  tally.failed += r.numFailedTests ?? 0;
  tally.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function readPlaywrightReport(file: string) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  tally.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  tally.failed += s.unexpected ?? 0;
  tally.skipped += s.skipped ?? 0;
}

async function main() {
  const tmp = mkdtempSync(path.join(tmpdir(), "wsis-test-"));
  let embedded: RunningPostgres | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    adminUrl = withDatabase(adminUrl, "postgres");
  } else {
    embedded = await startEmbeddedPostgres(path.join(tmp, "pg"));
    adminUrl = embedded.urlFor("postgres");
  }
  const suffix = randomBytes(4).toString("hex");
  const created: string[] = [];
  const database = async (purpose: string) => {
    const name = `wsis_test_${purpose}_${suffix}`;
    await ensureDatabase(adminUrl, name);
    created.push(name);
    const url = withDatabase(adminUrl, name);
    await migrate(url);
    return url;
  };

  let failed = false;
  try {
    if (!onlyE2e) {
      const url = await database("integration");
      const report = path.join(tmp, "vitest.json");
      const code = await run(bin("vitest"), ["run", ...(onlyIntegration ? ["--project", "integration"] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...passThrough], {
        DATABASE_URL: url,
        PORTAL_ENV: "test",
      });
      readVitestReport(report);
      failed ||= code !== 0;
    }
    if (!onlyUnit) {
      const url = await database("e2e");
      await seed(url);
      const port = String(await freePort());
      const env = {
        DATABASE_URL: url,
        NEXT_DIST_DIR: ".next-test",
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: `http://localhost:${port}`,
        PORT: port,
        PORTAL_ENV: "test",
        SMTP_URL: "",
        // The browser tests sign in through the development mailbox, on a loopback-only server
        // (playwright.config.ts: next start -H 127.0.0.1).
        DEV_MAILBOX: "on",
        // The browser tests sign the same people in many times; the limit itself is tested in
        // tests/integration/sign-in-limit.test.ts.
        SIGN_IN_LIMIT: "1000",
        SIGN_IN_CLIENT_LIMIT: "1000",
        SIGN_IN_OVERALL_LIMIT: "1000",
        SEARCH_LIMIT: "100000",
        // Why the page cache did not keep a page, in the server's log (lib/http/page-cache/).
        PAGE_CACHE_DEBUG: "1",
        // Attachment blobs of the browser tests go to the run's temporary folder, never .data/.
        STORAGE_DIR: path.join(tmp, "files"),
        // Sign-in through an identity provider: a real OpenID provider on loopback
        // (tests/support/oidc-provider.ts), started by Playwright as a second web server.
        ...(await testIdentityProvider(port)),
      };
      console.log("\nBuilding the portal for the end-to-end tests (next build → .next-test)…");
      const built = reuseBuild ? 0 : await run(bin("next"), ["build"], env);
      if (built !== 0) {
        failed = true;
        tally.failed += 1;
      } else {
        const report = path.join(tmp, "playwright.json");
        const code = await run(bin("playwright"), ["test", ...passThrough], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
        readPlaywrightReport(report);
        failed ||= code !== 0;
      }
    }
  } catch (e) {
    console.error(e);
    failed = true;
  } finally {
    if (!embedded) for (const name of created) await dropDatabase(adminUrl, name).catch(() => {});
    if (embedded) await embedded.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
  const skipped = tally.skipped ? `, ${tally.skipped} skipped` : "";
  console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed${skipped}`);
  process.exit(failed ? 1 : 0);
}

main();
