/**
 * The public list with every facet (consultation, type, Action Line, SDG, language, stakeholder
 * group, membership category, region, country, year) and its counts, in English and Arabic on a
 * desktop and a phone, screenshots saved for people to look at; and the "Download CSV" link of
 * the current search.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

const sizes = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const;

test("the public list shows every facet with counts and downloads the current search as CSV", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "contributor@example.org");
  const { id } = await submitContribution(contributor, "Facets for the public list");
  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto(`/en/secretariat/contributions/${id}`);
  await secretariat.getByRole("button", { name: "Accept and publish" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Accepted and published as" })).toBeVisible();

  const headings = {
    en: ["Consultation", "Type", "Action Line", "Country", "Year published"],
    ar: ["المشاورة", "النوع", "خط العمل", "البلد", "سنة النشر"],
  };
  for (const locale of ["en", "ar"] as const) {
    for (const [size, width, height] of sizes) {
      const visitor = await (await browser.newContext({ viewport: { width, height } })).newPage();
      await visitor.goto(`/${locale}/contributions?type=GENERAL_INPUT`);
      const facets = visitor.locator("aside.facets");
      for (const name of headings[locale]) await expect(facets.getByRole("heading", { name, exact: true })).toBeVisible();
      await expect(facets.locator("section").filter({ hasText: headings[locale][3] }).getByRole("link").first()).toContainText(locale === "en" ? "Switzerland" : "سويسرا");
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await visitor.screenshot({ path: screenshotPath(`contributions-facets-${locale}-${size}`), fullPage: true });
      if (locale === "en" && size === "desktop") {
        const href = (await visitor.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!;
        expect(href).toContain("type=GENERAL_INPUT");
        const csv = await visitor.request.get(href);
        expect(csv.status()).toBe(200);
        expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
        expect((await csv.body()).toString("utf8")).toContain("Facets for the public list");
      }
      await visitor.context().close();
    }
  }
});

test("the contribution form offers the C7 sub-items only while C7 is ticked", async ({ browser }) => {
  const labels: Record<"en" | "ar", [string, string | RegExp]> = { en: ["C7 sub-items", "E-government"], ar: ["البنود الفرعية لخط العمل C7", /E-government|الحكومة/] };
  for (const locale of ["en", "ar"] as const) {
    for (const [size, width, height] of sizes) {
      const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
      await signIn(page, "contributor@example.org", locale);
      await page.goto(`/${locale}/consultations/wsis20-review/contribute`);
      const group = page.getByRole("group", { name: labels[locale][0] });
      await expect(group).toHaveCount(0);
      await page.getByRole("checkbox", { name: /^C7 / }).check();
      await expect(group).toBeVisible();
      await group.getByRole("checkbox", { name: labels[locale][1] }).check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await group.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`form-c7-${locale}-${size}`) });
      await page.getByRole("checkbox", { name: /^C7 / }).uncheck();
      await expect(group).toHaveCount(0);
      await page.context().close();
    }
  }
});
