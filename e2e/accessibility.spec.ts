/**
 * Accessibility as a test: axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page of the tour,
 * signed out, as a contributor and as the secretariat, in each of the six interface languages.
 * Any violation fails, listed by page, rule and element. Also: no page scrolls sideways at 320 px
 * (English and Arabic), the focus ring has 3:1 against its background, and each page has its
 * own <title>.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { makeTour, type Tour } from "./support/tour";

const LOCALES = ["en", "ar", "fr", "es", "ru", "zh"] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let tour: Tour;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = path.join("test-results", "a11y-states");
  mkdirSync(dir, { recursive: true });
  tour = await makeTour(browser, dir);
});

function pages(t: Tour): { role: "public" | "contributor" | "secretariat"; path: string }[] {
  const pub = ["/", "/contributions", `/contributions/${t.published}`, "/action-lines", "/action-lines/C2", "/action-lines/C2/proposals", "/action-lines/C2/consolidated", "/statistics", "/consultations/wsis20-review", "/signin", "/no-such-page"];
  const contributor = ["/my", `/my/contributions/${t.draftOrSubmittedId}`, `/my/contributions/${t.draftOrSubmittedId}/versions`, "/consultations/wsis20-review/contribute"];
  const secretariat = ["/secretariat", "/secretariat/dashboard", `/secretariat/contributions/${t.draftOrSubmittedId}`, `/secretariat/contributions/${t.publishedId}`, "/secretariat/affiliations", "/secretariat/extensions", "/secretariat/consultations", t.consultationEditPath, "/secretariat/duplicates", "/secretariat/baselines", "/secretariat/exports"];
  return [
    ...pub.map((p) => ({ role: "public" as const, path: p })),
    ...contributor.map((p) => ({ role: "contributor" as const, path: p })),
    ...secretariat.map((p) => ({ role: "secretariat" as const, path: p })),
  ];
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).exclude("nextjs-portal").analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
}

for (const locale of LOCALES) {
  test(`axe finds no WCAG 2.1 A/AA violation on the tour in ${locale}`, async ({ browser }) => {
    test.setTimeout(300_000);
    const contexts = {
      public: await browser.newContext(),
      contributor: await browser.newContext({ storageState: tour.states.contributor }),
      secretariat: await browser.newContext({ storageState: tour.states.secretariat }),
    };
    const found: string[] = [];
    const titles = new Map<string, string>();
    let checked = 0;
    // The three roles' pages are checked side by side (one tab each): axe is CPU-bound in the
    // page, and three renderers keep both cores busy while the server answers the others.
    const visit = async (role: keyof typeof contexts, p: string) => {
      const page = await contexts[role].newPage();
      const url = `/${locale}${p === "/" ? "" : p}`;
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1").first()).toBeVisible();
      for (const v of await axe(page)) found.push(`${role} ${url}: ${v}`);
      const title = await page.title();
      if (titles.has(title)) found.push(`${role} ${url}: same <title> as ${titles.get(title)}: "${title}"`);
      titles.set(title, url);
      checked++;
      await page.close();
    };
    const all = pages(tour);
    await Promise.all(
      (["public", "contributor", "secretariat"] as const).map(async (role) => {
        for (const { path: p } of all.filter((x) => x.role === role)) await visit(role, p);
      }),
    );
    for (const c of Object.values(contexts)) await c.close();
    test.info().annotations.push({ type: "axe", description: `${locale}: ${checked} pages, ${found.length} violations` });
    console.log(`[axe] ${locale}: ${checked} pages checked, ${found.length} violations`);
    expect(found).toEqual([]);
  });
}

/** Relative luminance and contrast ratio (WCAG 2.x) of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

/** The focus ring's colour and the background behind the focused element (first opaque ancestor). */
async function ringAndBackground(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    let bg = "rgb(255, 255, 255)";
    for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c && !c.startsWith("rgba(0, 0, 0, 0)") && c !== "transparent") {
        bg = c;
        break;
      }
    }
    return { ring: style.outlineStyle !== "none" ? style.outlineColor : "none", width: parseFloat(style.outlineWidth), bg };
  });
}

test("the focus ring has 3:1 against the background around it, in the header and on the page", async ({ page }) => {
  await page.goto("/en/contributions");
  const seen: string[] = [];
  // Tab through the skip link, the header and into the page; check every stop.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const { ring, width, bg } = await ringAndBackground(page);
    const name = await page.evaluate(() => (document.activeElement as HTMLElement).outerHTML.slice(0, 60));
    expect(ring, name).not.toBe("none");
    expect(width, name).toBeGreaterThanOrEqual(2);
    expect(contrast(ring, bg), `${name}: ${ring} on ${bg}`).toBeGreaterThanOrEqual(3);
    seen.push(bg);
  }
  expect(new Set(seen).size).toBeGreaterThan(1); // both the header's blue and the page's white were met
});

test("no page of the tour scrolls sideways at 320 px, in English and Arabic", async ({ browser }) => {
  test.setTimeout(240_000);
  const wide: string[] = [];
  for (const locale of ["en", "ar"]) {
    const contexts = {
      public: await browser.newContext({ viewport: { width: 320, height: 700 } }),
      contributor: await browser.newContext({ viewport: { width: 320, height: 700 }, storageState: tour.states.contributor }),
      secretariat: await browser.newContext({ viewport: { width: 320, height: 700 }, storageState: tour.states.secretariat }),
    };
    for (const { role, path: p } of pages(tour)) {
      const page = await contexts[role].newPage();
      await page.goto(`/${locale}${p === "/" ? "" : p}`);
      await expect(page.locator("h1").first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) wide.push(`${role} /${locale}${p}: ${overflow}px too wide`);
      await page.close();
    }
    for (const c of Object.values(contexts)) await c.close();
  }
  expect(wide).toEqual([]);
});

test("after a client-side navigation focus is on the page, and after a submission on its confirmation", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: tour.states.contributor })).newPage();
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).click();
  await expect(page).toHaveURL(/\/en\/statistics$/);
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveTitle(/^Statistics · /);

  await page.goto("/en/consultations/wsis20-review/contribute");
  await page.getByLabel("Title *").fill("Focus after submitting");
  await page.getByLabel("Summary *").fill("Where does the focus go?");
  await page.getByLabel("Original language *").selectOption("en");
  await page.getByLabel("Contribution *", { exact: true }).fill("To the confirmation, which is read out.");
  await page.getByRole("checkbox", { name: /^C2 / }).check();
  await page.getByRole("button", { name: "Submit contribution" }).click();
  const confirmation = page.locator("section.notice.success");
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toContainText("Your contribution has been submitted");
  await page.context().close();
});

test("a French browser lands on French; the language menu lists the six in their own names and keeps the page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await page.goto("/contributions?lang=en");
  await expect(page).toHaveURL(/\/fr\/contributions\?lang=en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // By keyboard: Tab to the menu, open it, follow a language.
  const summary = page.locator(".language-switcher summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  const links = page.locator(".language-switcher a");
  await expect(links).toHaveText(["العربية", "中文", "English", "Français", "Русский", "Español"]);
  await expect(links.filter({ hasText: "Français" })).toHaveAttribute("aria-current", "true");
  await links.filter({ hasText: "Русский" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ru\/contributions\?lang=en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator('link[rel="alternate"][hreflang="zh"]')).toHaveAttribute("href", /\/zh\/contributions$/);
  await context.close();
});
