/**
 * A draft survives a reload (autosave), is submitted once; after the secretariat asks for changes
 * the contributor revises and resubmits, and both can compare the versions with revision marks;
 * a contribution can be withdrawn before a decision.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";
import { makeDocx, makePdf } from "../tests/support/attachment-files";

test("autosaved draft → submit → changes requested → resubmit → compare versions; withdraw", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "focal.point@example.org");

  // Autosave: typing creates a draft, the address moves to it, a reload keeps the text.
  await page.goto("/en/consultations/wsis20-review/contribute");
  await page.getByLabel("Title *").fill("Draft on capacity building");
  await expect(page.getByTestId("save-state")).toContainText("Draft saved at", { timeout: 20_000 });
  await expect(page).toHaveURL(/\/en\/my\/contributions\/[^/]+\/edit$/);
  const draftUrl = page.url();
  await page.reload();
  await expect(page.getByLabel("Title *")).toHaveValue("Draft on capacity building");
  // Once the draft exists, files can be attached; a Word file can fill the contribution's text.
  const docx = await makeDocx(["ITU should strengthen capacity building for digital skills in all regions."]);
  await page.getByLabel("Attachments", { exact: true }).setInputFiles({ name: "capacity-building.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
  await expect(page.getByText("“capacity-building.docx” is attached.")).toBeVisible();
  await page.getByRole("button", { name: "Use the text of capacity-building.docx as the contribution" }).click();
  await expect(page.getByLabel("Contribution *", { exact: true })).toHaveValue(/ITU should strengthen capacity building for digital skills in all regions\./);
  await page.getByLabel("Attachments", { exact: true }).setInputFiles({ name: "annex.pdf", mimeType: "application/pdf", buffer: makePdf("Annex") });
  await expect(page.getByText("“annex.pdf” is attached.")).toBeVisible();
  await expect(page.getByTestId("save-state")).toContainText("Draft saved at");
  await page.goto("/en/my");
  await expect(page.getByRole("row").filter({ hasText: "Draft on capacity building" })).toContainText("Complete and submit before the deadline");

  // Complete and submit the draft: the same contribution gets its reference number.
  await page.goto(draftUrl);
  await page.getByLabel("Summary *").fill("Capacity building for digital skills.");
  await page.getByLabel("Original language *").selectOption("en");
  await expect(page.getByLabel("Contribution *", { exact: true })).toHaveValue(/in all regions\./);
  await page.getByLabel("Contribution *", { exact: true }).fill("ITU should strengthen capacity building for digital skills in all regions.");
  await page.getByRole("checkbox", { name: /^C4 / }).check();
  await page.getByRole("button", { name: "Submit contribution" }).click();
  await expect(page.getByRole("heading", { name: "Your contribution has been submitted" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  expect(draftUrl).toContain(`/my/contributions/${id}/edit`);
  await expect(page.locator("section.attachments")).toContainText("capacity-building.docx");
  await expect(page.locator("section.attachments")).toContainText("annex.pdf");

  // The secretariat asks for changes.
  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto(`/en/secretariat/contributions/${id}`);
  await secretariat.getByLabel("What should change (sent to the contributor)").fill("Please name the regions concerned.");
  await secretariat.getByRole("button", { name: "Request changes" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Changes requested." })).toBeVisible();

  // The contributor revises and resubmits.
  await page.goto(`/en/my/contributions/${id}`);
  await page.getByRole("link", { name: "Revise and resubmit" }).click();
  await expect(page.getByRole("heading", { name: "Revise and resubmit" })).toBeVisible();
  await expect(page.getByText("Please name the regions concerned.").first()).toBeVisible();
  await page.getByLabel("Contribution *", { exact: true }).fill("ITU should strengthen capacity building for digital skills in Africa and the Arab States.");
  await page.getByRole("button", { name: "Resubmit contribution" }).click();
  await expect(page.locator("dl.facts")).toContainText("Resubmitted");

  // Both sides compare version 1 and version 2 with revision marks.
  await page.getByRole("link", { name: "Compare" }).click();
  const body = page.locator('section[aria-labelledby="diff-body"]');
  await expect(body.locator("del")).toHaveText(["all regions"]);
  await expect(body.locator("ins")).toHaveText(["Africa and the Arab States"]);
  await page.screenshot({ path: screenshotPath("versions-en-desktop"), fullPage: true });
  await secretariat.goto(`/en/secretariat/contributions/${id}/versions?from=1&to=2`);
  await expect(secretariat.locator('section[aria-labelledby="diff-body"] ins')).toHaveText(["Africa and the Arab States"]);

  // Withdrawal before a decision.
  const other = await submitContribution(page, "Contribution to withdraw");
  await page.goto(`/en/my/contributions/${other.id}`);
  await page.getByLabel("Reason (optional)").fill("Sent twice by mistake.");
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The contribution has been withdrawn." })).toBeVisible();
  await expect(page.locator("dl.facts")).toContainText("Withdrawn");
  await expect(page.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
});
