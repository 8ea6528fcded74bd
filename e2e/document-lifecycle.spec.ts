/**
 * A document's life after publication (issue 14 items 3, 4 and 7): the secretariat unpublishes an
 * accepted document with a reason (its address shows the notice, search and the open-data API
 * leave it out, the API answers 410 with the reason) and publishes it again; a near-copy is
 * decided as a duplicate and found by the queue's status filter; the Action Line × SDG matrix is
 * shown and downloads as CSV. Screenshots of the notice and the matrix, English and Arabic,
 * desktop and phone. (Campaigns are covered by tests/integration/campaigns.test.ts.)
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

const SIZES = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const;

test("unpublish with a reason, publish again; a duplicate decided; the matrix", async ({ browser }) => {
  test.setTimeout(180_000);
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "focal.point@example.org");
  const doc = await submitContribution(contributor, "Okapi corridors for rural spectrum");
  const copy = await submitContribution(contributor, "Okapi corridors for rural spectrum, again");

  const staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(staff, "secretariat@example.org");
  await staff.goto(`/en/secretariat/contributions/${doc.id}`);
  await staff.getByRole("button", { name: "Accept and publish" }).click();
  await expect(staff.locator("dl.facts")).toContainText("CWG-WSIS&SDG/WSIS20/");
  // A visitor's search, kept by the public list's page cache (lib/http/page-cache/) with the
  // document in it: the unpublication must take it out at once all the same.
  const early = await (await browser.newContext()).newPage();
  await early.goto("/en/contributions?q=okapi");
  expect((await early.goto("/en/contributions?q=okapi"))?.headers()["x-portal-cache"]).toBe("hit");
  const listed = (p: typeof early) => p.getByTestId("results").getByRole("link", { name: "Okapi corridors for rural spectrum", exact: true });
  await expect(listed(early)).toHaveCount(1);

  // Unpublished with a reason: the address shows the notice, search and the API leave it out.
  const reason = "Published by mistake: the organisation asked for it to be withdrawn.";
  const panel = staff.locator("#publication");
  await panel.locator("#unpublish-reason").fill(reason);
  await panel.getByRole("button", { name: "Unpublish" }).click();
  await expect(panel.getByRole("status")).toContainText("The document is unpublished");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/contributions/${doc.reference}`);
  await expect(visitor.getByTestId("unpublished-notice")).toContainText("This document has been unpublished");
  await expect(visitor.getByTestId("unpublished-notice")).toContainText(reason);
  await expect(visitor.locator("main")).not.toContainText("Body of Okapi corridors");
  await visitor.goto("/en/contributions?q=okapi");
  await expect(listed(visitor)).toHaveCount(0);
  await early.reload();
  await expect(listed(early)).toHaveCount(0);
  await early.context().close();
  const gone = await visitor.request.get(`/api/v1/contributions/${doc.reference}`);
  expect(gone.status()).toBe(410);
  expect((await gone.json()).reason).toBe(reason);
  for (const locale of ["en", "ar"] as const) {
    for (const [size, width, height] of SIZES) {
      await visitor.setViewportSize({ width, height });
      await visitor.goto(`/${locale}/contributions/${doc.reference}`);
      await expect(visitor.locator("main")).toContainText(reason);
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await visitor.screenshot({ path: screenshotPath(`unpublished-notice-${locale}-${size}`), fullPage: true });
    }
  }

  // Published again: the text is back at the same address and in the API.
  await staff.reload();
  await panel.getByRole("button", { name: "Publish again" }).click();
  await expect(panel.getByRole("status")).toContainText("published again");
  await visitor.goto(`/en/contributions/${doc.reference}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Okapi corridors for rural spectrum");
  expect((await visitor.request.get(`/api/v1/contributions/${doc.reference}`)).status()).toBe(200);

  // A duplicate is a decision: the status changes and the queue's status filter finds it.
  await staff.goto(`/en/secretariat/contributions/${copy.id}`);
  const candidate = staff.getByTestId("likely-duplicates").getByRole("listitem").filter({ hasText: doc.reference });
  await candidate.getByRole("button", { name: "Mark as duplicate of this" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Duplicate mark saved." })).toBeVisible();
  await staff.goto("/en/secretariat?status=DUPLICATE");
  // The copy's row names the original in its "duplicate of" column; the original itself is not listed.
  await expect(staff.getByRole("row").filter({ hasText: copy.reference })).toContainText(doc.reference);
  await expect(staff.getByRole("row").filter({ hasText: doc.reference })).toHaveCount(1);

  // The Action Line × SDG matrix, and its CSV.
  await staff.goto("/en/secretariat/dashboard");
  const matrix = staff.getByTestId("matrix");
  await expect(matrix.getByRole("row").filter({ hasText: "C2" })).toBeVisible();
  const csvHref = await staff.locator('section[aria-labelledby="matrix-heading"] a', { hasText: "CSV" }).getAttribute("href");
  const csv = await staff.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/C2/);
  for (const locale of ["en", "ar"] as const) {
    for (const [size, width, height] of SIZES) {
      await staff.setViewportSize({ width, height });
      await staff.goto(`/${locale}/secretariat/dashboard`);
      await expect(staff.getByTestId("matrix")).toBeVisible();
      expect(await staff.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await staff.screenshot({ path: screenshotPath(`matrix-${locale}-${size}`), fullPage: true });
    }
  }
});
