/**
 * Issue 15, used as a person would: the queue sorted by clicking its headers (en, ar; desktop and
 * phone), the version comparison with metadata changes (en, ar), a document number as an
 * address, asking before a document's text replaces typed text, and deleting a draft.
 * Screenshots in e2e/screenshots (tripped-*).
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";
import { makeDocx } from "../tests/support/attachment-files";

test("queue headers sort by link; versions compare metadata; document number redirects", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "focal.point@example.org");
  const a = await submitContribution(contributor, "Tripped: affordable rural broadband");
  await submitContribution(contributor, "Tripped: another input for sorting");

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "secretariat@example.org");
  await staff.goto("/en/secretariat?q=Tripped");
  // Sortable headers are links; the sorted one says so.
  await staff.getByRole("columnheader", { name: "Title" }).getByRole("link").click();
  await expect(staff).toHaveURL(/sort=title&dir=asc/);
  await expect(staff.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(staff.getByText("Sorted by Title, ascending.")).toBeVisible();
  await staff.setViewportSize({ width: 1280, height: 800 });
  await staff.screenshot({ path: screenshotPath("tripped-queue-sorted-en-desktop"), fullPage: true });
  await staff.goto("/ar/secretariat?q=Tripped&sort=submittedAt&dir=desc");
  await expect(staff.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await staff.screenshot({ path: screenshotPath("tripped-queue-sorted-ar-desktop"), fullPage: true });
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.screenshot({ path: screenshotPath("tripped-queue-sorted-ar-phone"), fullPage: true });
  await staff.setViewportSize({ width: 1280, height: 800 });

  // Changes requested; the contributor changes the Action Lines and the SDGs and resubmits.
  await staff.goto(`/en/secretariat/contributions/${a.id}`);
  await staff.getByLabel("What should change (sent to the contributor)").fill("Please add C4.");
  await staff.getByRole("button", { name: "Request changes" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Changes requested." })).toBeVisible();
  await contributor.goto(`/en/my/contributions/${a.id}`);
  await contributor.getByRole("link", { name: "Revise and resubmit" }).click();
  await contributor.getByRole("checkbox", { name: /^C2 / }).uncheck();
  await contributor.getByRole("checkbox", { name: /^C4 / }).check();
  await contributor.getByRole("button", { name: "Resubmit contribution" }).click();
  await expect(contributor.locator("dl.facts")).toContainText("Resubmitted");
  await contributor.goto(`/en/my/contributions/${a.id}/versions?from=1&to=2`);
  const lines = contributor.locator('section[aria-labelledby="diff-actionLines"]');
  await expect(lines.locator("del")).toContainText("C2");
  await expect(lines.locator("ins")).toContainText("C4");
  await contributor.screenshot({ path: screenshotPath("tripped-versions-metadata-en-desktop"), fullPage: true });
  await contributor.goto(`/ar/my/contributions/${a.id}/versions?from=1&to=2`);
  await expect(contributor.locator('section[aria-labelledby="diff-actionLines"] ins')).toContainText("C4");
  await contributor.screenshot({ path: screenshotPath("tripped-versions-metadata-ar-desktop"), fullPage: true });

  // Accepted: its document number, cited as people cite it, leads to the permanent address.
  await staff.goto(`/en/secretariat/contributions/${a.id}`);
  await staff.getByRole("button", { name: "Accept and publish" }).click();
  await expect(staff.locator("dl.facts")).toContainText("CWG-WSIS&SDG/WSIS20/");
  const documentNumber = (await staff.locator("dl.facts").textContent())!.match(/CWG-WSIS&SDG\/WSIS20\/\d+/)![0];
  const response = await staff.request.get(`/en/contributions/${encodeURIComponent(documentNumber)}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toContain(`/en/contributions/${a.reference}`);
  await staff.goto(`/en/contributions/${documentNumber.replace("&", "%26")}`);
  await expect(staff).toHaveURL(new RegExp(`/en/contributions/${a.reference}$`));
});

test("asks before a document's text replaces typed text; a draft can be deleted", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "contributor@example.org");
  await page.goto("/en/consultations/wsis20-review/contribute");
  await page.getByLabel("Title *").fill("Tripped: draft to delete");
  await page.getByLabel("Contribution *", { exact: true }).fill("Text I typed myself.");
  await expect(page.getByTestId("save-state")).toContainText("Draft saved at", { timeout: 20_000 });
  await expect(page).toHaveURL(/\/my\/contributions\/[^/]+\/edit$/);
  const id = new URL(page.url()).pathname.split("/").at(-2)!;
  const docx = await makeDocx(["Text of the Word document."]);
  await page.getByLabel("Attachments", { exact: true }).setInputFiles({ name: "paper.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
  await expect(page.getByText("“paper.docx” is attached.")).toBeVisible();
  await page.getByRole("button", { name: "Use the text of paper.docx as the contribution" }).click();
  const ask = page.getByTestId("replace-text");
  await expect(ask).toContainText("The contribution's text is not empty.");
  await page.screenshot({ path: screenshotPath("tripped-replace-ask-en-desktop"), fullPage: false });
  await ask.getByRole("button", { name: "Keep my text" }).click();
  await expect(page.getByLabel("Contribution *", { exact: true })).toHaveValue("Text I typed myself.");
  await page.getByRole("button", { name: "Use the text of paper.docx as the contribution" }).click();
  await page.getByTestId("replace-text").getByRole("button", { name: "Replace the text" }).click();
  await expect(page.getByLabel("Contribution *", { exact: true })).toHaveValue(/Text of the Word document\./);

  // Delete the draft.
  await page.goto(`/en/my/contributions/${id}`);
  await page.getByText("Delete this draft…").click();
  await page.getByRole("button", { name: "Delete the draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The draft was deleted." })).toBeVisible();
  await expect(page.getByText("Tripped: draft to delete")).toHaveCount(0);
  expect((await page.request.get(`/en/my/contributions/${id}`)).status()).toBe(404);
});

test("text typed while signed out survives closing the tab: the form offers the copy kept in the browser", async ({ browser }) => {
  const context = await browser.newContext();
  for (const locale of ["en", "ar"] as const) {
    let page = await context.newPage();
    await signIn(page, "contributor@example.org", locale);
    await page.goto(`/${locale}/consultations/wsis20-review/contribute`);
    await context.clearCookies(); // the session expires while the person types
    const title = locale === "en" ? "Typed while signed out" : "نص كُتب بعد انتهاء الجلسة";
    await page.locator("#title").fill(title);
    await page.locator("#body").fill(locale === "en" ? "A paragraph that must not be lost." : "فقرة يجب ألا تضيع.");
    await expect(page.getByTestId("save-state")).not.toContainText(/Draft saved|حُفظت/, { timeout: 5_000 });
    await page.waitForTimeout(1_000);
    await page.close(); // the tab is closed before signing in again

    page = await context.newPage();
    await signIn(page, "contributor@example.org", locale);
    await page.goto(`/${locale}/consultations/wsis20-review/contribute`);
    const offer = page.getByTestId("local-copy-offer");
    await expect(offer).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: screenshotPath(`tripped-restore-offer-${locale}-desktop`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath(`tripped-restore-offer-${locale}-phone`) });
    await offer.getByRole("button").first().click();
    await expect(page.locator("#title")).toHaveValue(title);
    await expect(offer).toHaveCount(0);
    // The restored text is saved to the server as a draft, and then the browser's copy is let go:
    // the next round (another language, same browser) starts with nothing on offer.
    await expect(page.getByTestId("save-state")).toContainText(/Draft saved|حُفظت/, { timeout: 15_000 });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("wsis20:unsaved:")))).toEqual([]);
    await page.close();
  }
});
