/**
 * Campaign groups are cached per server for a minute; dissolving a campaign is announced with a
 * NOTIFY that every server's listener (instrumentation-node.ts) must pass on to the page's cache.
 * In the production build the listener and the pages are separate bundles, each with its own copy
 * of lib/cache/invalidation.ts: this is the test that the NOTIFY reaches the page's copy (the
 * integration tests run a single copy and cannot see it). The dissolve is done in SQL, as another
 * app server would do it, followed by that server's NOTIFY.
 */
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";

test("a campaign dissolved on another server is proposed again here at once", async ({ browser }) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const contributor = await (await browser.newContext()).newPage();
    await signIn(contributor, "contributor@example.org");
    const title = `Open letter on community networks ${randomBytes(4).toString("hex")}`;
    const a = await submitContribution(contributor, title);
    const b = await submitContribution(contributor, title);
    // Both already in a campaign (as if confirmed on another server).
    const { rows } = await client.query<{ id: string }>(`INSERT INTO "Campaign" ("id", "representativeId") VALUES ($1, $2) RETURNING "id"`, [`e2e-${randomBytes(6).toString("hex")}`, a.id]);
    await client.query(`UPDATE "Contribution" SET "campaignId" = $1 WHERE "id" IN ($2, $3)`, [rows[0].id, a.id, b.id]);

    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, "secretariat@example.org");
    const candidate = staff.getByTestId("campaign-candidate").filter({ hasText: a.reference }).filter({ hasText: b.reference });
    // Looked for now (or within the minute): in a campaign, so not proposed.
    await staff.goto("/en/secretariat/duplicates");
    await expect(staff.getByRole("heading", { level: 2, name: /^Campaigns/ })).toBeVisible();
    await expect(candidate).toHaveCount(0);

    // Dissolved elsewhere, and announced.
    await client.query(`DELETE FROM "Campaign" WHERE "id" = $1`, [rows[0].id]);
    await client.query(`SELECT pg_notify('wsis_cache', 'campaign-groups')`);
    await expect
      .poll(
        async () => {
          await staff.goto("/en/secretariat/duplicates");
          return candidate.count();
        },
        { timeout: 8_000, intervals: [300, 500, 1_000] },
      )
      .toBe(1);
  } finally {
    await client.end();
  }
});
