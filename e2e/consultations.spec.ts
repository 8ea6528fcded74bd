/** The secretariat creates a consultation (window in its own time zone); a refused save keeps what was typed. */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("create a consultation; a wrong window is refused without losing the form", async ({ page }) => {
  await signIn(page, "secretariat@example.org");
  await page.goto("/en/secretariat/consultations/new");
  await page.getByLabel("Address segment (slug) *").fill("wsis20-regional-inputs");
  await page.getByLabel("Code for numbers (e.g. WSIS20) *").fill("WSIS20R");
  await page.getByLabel("Title in English *").fill("Regional inputs to the WSIS+20 review");
  await page.getByLabel("Title in Arabic").fill("المساهمات الإقليمية في الاستعراض");
  await page.getByLabel("Description in English *").fill("Inputs from regional preparatory meetings.");
  await page.getByLabel("Opens (in that time zone) *").fill("2026-12-01T09:00");
  await page.getByLabel("Closes (in that time zone) *").fill("2026-11-01T09:00");
  await page.getByLabel("Guiding questions in English").fill("What did your region agree?");
  await page.getByRole("button", { name: "Save the consultation" }).click();
  await expect(page.locator("#c-closesAt-error")).toHaveText("The closing time must come after the opening time.");
  await expect(page.getByLabel("Title in Arabic")).toHaveValue("المساهمات الإقليمية في الاستعراض");
  await page.getByLabel("Closes (in that time zone) *").fill("2027-05-31T18:00");
  await page.getByRole("button", { name: "Save the consultation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Consultation saved." })).toBeVisible();
  await page.goto("/ar");
  await expect(page.getByRole("link", { name: "المساهمات الإقليمية في الاستعراض" })).toBeVisible();
});
