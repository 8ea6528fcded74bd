/**
 * Issue 14 items 1 and 2: a document is accepted, revised (Rev.1, compared with the original),
 * given an addendum and a French version; the public page shows them (English and Arabic,
 * desktop and phone, screenshots looked at); axe on the new public pages.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude("nextjs-portal").analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

test("a document is revised, given an addendum and a French version, and the public page shows them", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "contributor@example.org");
  const { id, reference } = await submitContribution(page, "Input revised after publication");

  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto(`/en/secretariat/contributions/${id}`);
  await secretariat.getByRole("button", { name: "Accept and publish" }).click();
  const documentNumber = (await secretariat.getByRole("status").filter({ hasText: "Accepted and published as" }).textContent())!.match(/CWG-WSIS&SDG\/WSIS20\/\d+/)![0];

  // The secretariat asks for a revision; the organisation answers it; the secretariat accepts.
  await secretariat.getByLabel("What the organisation should change or add").fill("Please say which Action Lines ITU should keep.");
  await secretariat.getByRole("button", { name: "Send the request" }).click();
  await expect(secretariat.getByTestId("document-parts")).toContainText("Requested by the secretariat");

  await page.goto(`/en/my/contributions/${id}`);
  const answer = page.getByRole("form", { name: /Answer the secretariat's request/ });
  await answer.getByLabel("Title").fill("Input revised after publication (Rev.1)");
  await answer.getByLabel("Text", { exact: true }).fill("Body of Input revised after publication: ITU should keep facilitating Action Lines C2 and C5.");
  await answer.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("document-parts")).toContainText("Waiting for the secretariat's decision");
  // An addendum, asked for by the organisation itself.
  const own = page.getByRole("form", { name: "Submit a revision, addendum or corrigendum" });
  await own.getByLabel("Kind").selectOption("ADDENDUM");
  await own.getByLabel("Title").fill("Annex: national figures");
  await own.getByLabel("Text", { exact: true }).fill("Broadband coverage rose from 61 to 78 per cent.");
  await own.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("document-parts").getByRole("listitem")).toHaveCount(2);

  await secretariat.reload();
  for (let i = 0; i < 2; i++) {
    await secretariat.getByRole("form", { name: "Decision on this text" }).first().getByRole("button", { name: "Accept and publish" }).click();
    await expect(secretariat.getByRole("form", { name: "Decision on this text" })).toHaveCount(1 - i);
  }
  await expect(secretariat.getByTestId("document-parts")).toContainText(`${documentNumber}(Rev.1)`);
  await expect(secretariat.getByTestId("document-parts")).toContainText(`${documentNumber}(Add.1)`);

  // The French version.
  const translation = secretariat.getByRole("form", { name: "Attach a language version" });
  await translation.getByLabel("Language of the translation").selectOption("fr");
  await translation.getByLabel("Title").fill("Contribution révisée après publication");
  await translation.getByLabel("Text", { exact: true }).fill("L'UIT devrait continuer à faciliter les grandes orientations C2 et C5.");
  await translation.getByRole("button", { name: "Save the language version" }).click();
  await expect(translation.getByRole("status")).toContainText("The language version is saved");

  // The public page: Revision 1, the comparison with the original, the addendum, the French version.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/contributions/${reference}`);
  await expect(visitor.getByTestId("current-revision")).toContainText("Revision 1");
  await expect(visitor.getByTestId("current-revision")).toContainText(`${documentNumber}(Rev.1)`);
  await expect(visitor.getByTestId("contribution-body")).toContainText("Action Lines C2 and C5");
  await expect(visitor.getByTestId("addendum")).toContainText(`${documentNumber}(Add.1)`);
  await expect(visitor.getByTestId("addendum")).toContainText("Broadband coverage");
  const languages = visitor.getByTestId("document-languages");
  await expect(languages).toContainText("English (original)");
  await expect(languages.getByRole("link", { name: "Français" })).toHaveAttribute("hreflang", "fr");
  expect(await axe(visitor)).toEqual([]);

  await languages.getByRole("link", { name: "Français" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Contribution révisée après publication");
  await expect(visitor.getByRole("heading", { level: 1 }).locator("[lang=fr]")).toHaveCount(1);
  await expect(visitor.getByTestId("contribution-body")).toContainText("grandes orientations");

  await visitor.goto(`/en/contributions/${reference}`);
  await visitor.getByRole("link", { name: "Compare with the previous text" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Compare revisions");
  await expect(visitor.locator("ins").first()).toBeVisible();
  await expect(visitor.getByLabel("From")).toHaveValue(/\d+/);
  await expect(visitor.getByRole("option", { name: "Original" })).toHaveCount(2);
  // The link navigates client-side and Next streams the page's metadata after its content, so for
  // a moment the document has no <title> (axe: document-title). Wait for the new page's own title.
  await expect(visitor).toHaveTitle(/^Compare revisions: /);
  expect(await axe(visitor)).toEqual([]);

  for (const locale of ["en", "ar"]) {
    for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
      await visitor.setViewportSize(viewport);
      await visitor.goto(`/${locale}/contributions/${reference}`);
      const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} ${size}: no sideways scroll`).toBeLessThanOrEqual(0);
      await visitor.screenshot({ path: screenshotPath(`document-revisions-${locale}-${size}`), fullPage: true });
    }
  }
  await visitor.goto(`/ar/contributions/${reference}/revisions`);
  expect(await axe(visitor)).toEqual([]);
  await visitor.screenshot({ path: screenshotPath("document-revisions-compare-ar-desktop"), fullPage: true });
});
