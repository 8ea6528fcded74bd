/**
 * A draft's organisation asks for more time; the secretariat grants it in the consultation's
 * time zone; the contributor sees the new deadline. (Submitting after the original deadline is
 * covered by tests/integration/extensions.test.ts, which can move the clock.)
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("ask for an extension on a draft; the secretariat grants it", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "contributor@example.org");
  await page.goto("/en/consultations/wsis20-review/contribute");
  await expect(page.getByTestId("local-time")).toContainText("your time:");
  await page.getByLabel("Title *").fill("Needs a ministerial sign-off");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("save-state")).toContainText("Draft saved at");
  const id = page.url().split("/").at(-2)!;
  await page.goto(`/en/my/contributions/${id}`);
  await page.getByLabel("Why do you need more time? *").fill("Our minister signs on Monday.");
  await page.getByRole("button", { name: "Ask for an extension" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your request has been sent" })).toBeVisible();

  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto("/en/secretariat/extensions");
  const card = secretariat.getByTestId("extension-request").filter({ hasText: "Needs a ministerial sign-off" });
  await expect(card).toContainText("Our minister signs on Monday.");
  await card.getByLabel("New deadline (Europe/Zurich) *").fill("2027-04-15T23:59");
  await card.getByLabel("Reason (sent to the contributor) *").fill("Ministerial sign-off.");
  await card.getByRole("button", { name: "Grant the extension" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Extension granted." })).toBeVisible();

  await page.reload();
  await expect(page.locator('section[aria-labelledby="extension-heading"]')).toContainText("Extension granted until Thursday, April 15, 2027 at 11:59 PM (Europe/Zurich)");
});
