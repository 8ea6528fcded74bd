/**
 * Screenshots for people to look at (e2e/screenshots): the main public pages in Chinese, Russian
 * and French on a desktop (1280) and a phone (390), and the secretariat's screens in Arabic. The
 * test also holds each page to no sideways scroll and the right <html lang dir>.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeTour, type Tour } from "./support/tour";
import { screenshotPath } from "./support/paths";

let tour: Tour;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = path.join("test-results", "screens-states");
  mkdirSync(dir, { recursive: true });
  tour = await makeTour(browser, dir);
});

const SIZES = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const;

test("main pages in Chinese, Russian and French, desktop and phone", async ({ browser }) => {
  test.setTimeout(300_000);
  const pages = [
    ["home", ""],
    ["contributions", "/contributions"],
    ["contribution", `/contributions/${tour.published}`],
    ["action-line", "/action-lines/C2"],
    ["proposals", "/action-lines/C2/proposals"],
    ["consolidated", "/action-lines/C2/consolidated"],
    ["statistics", "/statistics"],
  ];
  for (const locale of ["zh", "ru", "fr"]) {
    for (const [size, width, height] of SIZES) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      for (const [name, p] of pages) {
        await page.goto(`/${locale}${p}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${locale}${p} ${size}`).toBeLessThanOrEqual(1);
        await page.screenshot({ path: screenshotPath(`lang-${name}-${locale}-${size}`), fullPage: true });
      }
      await context.close();
    }
  }
});

test("the secretariat's screens in Arabic", async ({ browser }) => {
  test.setTimeout(240_000);
  for (const [size, width, height] of SIZES) {
    const context = await browser.newContext({ viewport: { width, height }, storageState: tour.states.secretariat });
    const page = await context.newPage();
    for (const [name, p] of [
      ["queue", "/secretariat"],
      ["dashboard", "/secretariat/dashboard"],
      ["contribution", `/secretariat/contributions/${tour.publishedId}`],
      ["consultations", "/secretariat/consultations"],
      ["consultation-edit", tour.consultationEditPath],
      ["synoptic", `/contributions/${tour.published}`],
    ]) {
      await page.goto(`/ar${p}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `/ar${p} ${size}`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: screenshotPath(`secretariat-${name}-ar-${size}`), fullPage: true });
    }
    await context.close();
  }
});
