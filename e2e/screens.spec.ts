/**
 * The pages people start from, in English and Arabic, on a desktop and a phone: the layout
 * mirrors with the language, nothing overflows sideways, and the screenshots are saved for people
 * to look at (e2e/screenshots).
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { screenshotPath } from "./support/paths";

const sizes = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const;

for (const locale of ["en", "ar"] as const) {
  test(`home, sign-in and the contribution form read well in ${locale}`, async ({ browser }) => {
    const signedIn = await (await browser.newContext()).newPage();
    await signIn(signedIn, "contributor@example.org", locale);
    const state = await signedIn.context().storageState();
    for (const [size, width, height] of sizes) {
      const visitor = await (await browser.newContext({ viewport: { width, height } })).newPage();
      for (const [name, path] of [["home", `/${locale}`], ["signin", `/${locale}/signin`]] as const) {
        await visitor.goto(path);
        await expect(visitor.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        expect(await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
        await visitor.screenshot({ path: screenshotPath(`${name}-${locale}-${size}`), fullPage: true });
      }
      const member = await (await browser.newContext({ viewport: { width, height }, storageState: state })).newPage();
      await member.goto(`/${locale}/consultations/wsis20-review/contribute`);
      await member.getByRole("button", { name: locale === "ar" ? "تقديم المساهمة" : "Submit contribution" }).click();
      await expect(member.locator("#title-error")).toBeVisible();
      expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await member.screenshot({ path: screenshotPath(`form-errors-${locale}-${size}`), fullPage: true });
      await member.context().close();
      await visitor.context().close();
    }
  });
}
