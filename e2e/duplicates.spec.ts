/**
 * Duplicates: the secretariat opens a contribution, sees the near-copy among its likely
 * duplicates, marks it, finds the mark in the timeline and the queue, and removes it again.
 * Screenshots of the panel and the clusters page in English and Arabic, desktop and phone.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("the secretariat marks a duplicate and removes the mark", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "focal.point@example.org");
  const first = await submitContribution(contributor, "Campaign letter about quokka connectivity in rural zebra valleys");
  const copy = await submitContribution(contributor, "Campaign letter about quokka connectivity in rural zebra valleys (copy)");
  // The same letter again, word for word: a cluster of near-identical inputs.
  const twin = await submitContribution(contributor, "Campaign letter about quokka connectivity in rural zebra valleys");

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "secretariat@example.org");
  await staff.goto(`/en/secretariat/contributions/${copy.id}`);
  const candidate = staff.getByTestId("likely-duplicates").getByRole("listitem").filter({ hasText: first.reference });
  await expect(candidate).toContainText("% similar");
  await candidate.getByRole("button", { name: "Mark as duplicate of this" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Duplicate mark saved." })).toBeVisible();
  await expect(staff.getByTestId("duplicate-mark")).toContainText(first.reference);
  await expect(staff.locator("section[aria-labelledby=history-heading]")).toContainText("Marked as a duplicate");
  await staff.screenshot({ path: screenshotPath("duplicates-panel-en-desktop"), fullPage: true });

  await staff.goto("/en/secretariat?dup=yes");
  await expect(staff.getByRole("row").filter({ hasText: copy.reference })).toContainText(first.reference);

  for (const [size, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]] as const) {
    await staff.setViewportSize({ width, height });
    await staff.goto(`/ar/secretariat/contributions/${copy.id}#duplicates`);
    await expect(staff.getByTestId("duplicate-mark")).toContainText(first.reference);
    await staff.screenshot({ path: screenshotPath(`duplicates-panel-ar-${size}`), fullPage: true });
    for (const locale of ["en", "ar"]) {
      await staff.goto(`/${locale}/secretariat/duplicates`);
      await expect(staff.getByTestId("duplicate-clusters").getByRole("row").filter({ hasText: twin.reference })).toContainText(first.reference);
      await staff.screenshot({ path: screenshotPath(`duplicates-page-${locale}-${size}`), fullPage: true });
    }
    await staff.goto(`/en/secretariat?q=${encodeURIComponent("quokka")}`);
    await expect(staff.getByRole("row").filter({ hasText: "quokka" })).toHaveCount(3);
    await staff.screenshot({ path: screenshotPath(`queue-search-en-${size}`), fullPage: true });
    await staff.goto(`/ar/secretariat?dup=yes`);
    await staff.screenshot({ path: screenshotPath(`queue-ar-${size}`), fullPage: true });
  }
  await staff.setViewportSize({ width: 1280, height: 900 });

  await staff.goto(`/en/secretariat/contributions/${copy.id}`);
  await staff.getByRole("button", { name: "Remove the duplicate mark" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Duplicate mark saved." })).toBeVisible();
  await expect(staff.getByTestId("duplicate-mark")).toHaveCount(0);

  // The contributor's timeline never shows the secretariat's duplicate-mark event (the e-mail
  // telling them of it, "Marked as a duplicate: WSIS20-C-…", is theirs to see: issue 15 item 2).
  await contributor.goto(`/en/my/contributions/${copy.id}`);
  await expect(contributor.getByText("Marked as a duplicate", { exact: true })).toHaveCount(0);
});
