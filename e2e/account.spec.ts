/**
 * A person's own data: the JSON download and account deletion; the privacy notice, terms of use
 * and accessibility statement linked from every page's footer, in English and Arabic, on a
 * desktop and a phone (nothing overflows down to 320 px). Screenshots in e2e/screenshots.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { screenshotPath } from "./support/paths";

test("a person downloads their data, then deletes their account", async ({ page }) => {
  await signIn(page, "leaving.person@example.org");
  await page.getByRole("link", { name: "My account and data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account and data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.profile.email).toBe("leaving.person@example.org");
  expect(Array.isArray(data.emails)).toBe(true);

  await page.getByLabel("To confirm, type your e-mail address").fill("someone.else@example.org");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#confirm-email-error")).toBeVisible();
  await expect(page.getByLabel("To confirm, type your e-mail address")).toHaveValue("someone.else@example.org");
  await page.getByLabel("To confirm, type your e-mail address").fill("leaving.person@example.org");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account was deleted");
  await page.goto("/en/account");
  // The guard sends a signed-out person to sign-in in the page's language, and back here after.
  await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=(%2F|\/)en(%2F|\/)account$/);
});

for (const locale of ["en", "ar"] as const) {
  test(`the footer's privacy, terms and accessibility pages, and the account page, in ${locale}`, async ({ browser }) => {
    const signedIn = await (await browser.newContext()).newPage();
    await signIn(signedIn, "contributor@example.org", locale);
    const state = await signedIn.context().storageState();
    await signedIn.context().close();
    for (const [size, width, height] of [["desktop", 1280, 900], ["phone", 390, 844], ["narrow", 320, 700]] as const) {
      const page = await (await browser.newContext({ viewport: { width, height }, storageState: state })).newPage();
      for (const name of ["privacy", "terms", "accessibility"] as const) {
        await page.goto(`/${locale}/contributions`);
        const footer = page.locator("footer");
        // The legal links are their own navigation in the footer (after the open-data list).
        await footer.getByRole("navigation").getByRole("link").nth(["privacy", "terms", "accessibility"].indexOf(name)).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/${name}$`));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
        if (size !== "narrow") await page.screenshot({ path: screenshotPath(`${name}-${locale}-${size}`), fullPage: true });
      }
      await page.goto(`/${locale}/account`);
      await expect(page.locator("#confirm-email")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      if (size !== "narrow") await page.screenshot({ path: screenshotPath(`account-${locale}-${size}`), fullPage: true });
      await page.context().close();
    }
  });
}
