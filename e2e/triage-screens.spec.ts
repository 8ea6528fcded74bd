/**
 * The triage screens after this round of work, used as a person would: a due date set on a
 * contribution, the selection assigned and tagged in bulk, the queue searched and filtered by
 * tag, and the view saved as compact without some columns. Screenshots of the queue and a
 * contribution in English and Arabic at desktop and phone widths (e2e/screenshots).
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("due date, bulk assign and tag, saved view; screenshots in both languages", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "focal.point@example.org");
  const a = await submitContribution(contributor, "Triage screens: broadband for small island states");
  const b = await submitContribution(contributor, "Triage screens: مساهمة بعنوان عربي طويل جداً عن الأمن السيبراني والثقة في استخدام تكنولوجيا المعلومات");

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "secretariat@example.org");
  await staff.goto(`/en/secretariat/contributions/${a.id}`);
  await staff.getByLabel("Due by").fill("2026-01-15");
  await staff.getByRole("button", { name: "Set the due date" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Due date saved." })).toBeVisible();

  await staff.goto(`/en/secretariat?q=${encodeURIComponent("Triage screens")}`);
  await staff.getByRole("checkbox", { name: `Select ${a.reference}` }).check();
  await staff.getByRole("checkbox", { name: `Select ${b.reference}` }).check();
  await staff.getByRole("combobox", { name: "Assigned to" }).selectOption({ label: "Sam Secretariat" });
  await staff.getByLabel("Add tags").fill("islands, C2");
  await staff.getByRole("button", { name: "Assign and tag the selection" }).click();
  await expect(staff.getByTestId("bulk-results")).toContainText("2 done, 0 refused");

  await staff.goto("/en/secretariat?tag=islands");
  await expect(staff.getByRole("row").filter({ hasText: a.reference })).toContainText("Overdue");
  await expect(staff.getByRole("row").filter({ hasText: b.reference })).toContainText("Sam Secretariat");

  // Saved view: compact, without the language column; it follows the person to a new page load.
  await staff.getByText("Columns and density").click();
  await staff.getByRole("checkbox", { name: "Language" }).uncheck();
  await staff.getByRole("radio", { name: "Compact" }).check();
  await staff.getByRole("button", { name: "Save my view" }).click();
  await expect(staff.getByText("Your view is saved.")).toBeVisible();
  await staff.goto("/en/secretariat?tag=islands");
  await expect(staff.getByRole("columnheader", { name: "Language" })).toHaveCount(0);
  await expect(staff.locator("table.compact")).toHaveCount(1);

  for (const [size, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]] as const) {
    await staff.setViewportSize({ width, height });
    for (const locale of ["en", "ar"]) {
      await staff.goto(`/${locale}/secretariat?tag=islands`);
      await staff.screenshot({ path: screenshotPath(`triage-queue-${locale}-${size}`), fullPage: true });
      await staff.goto(`/${locale}/secretariat/contributions/${b.id}`);
      await staff.screenshot({ path: screenshotPath(`triage-contribution-${locale}-${size}`), fullPage: true });
      // Nothing overflows the page sideways (the table scrolls inside its own box).
      expect(await staff.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    }
  }
});
