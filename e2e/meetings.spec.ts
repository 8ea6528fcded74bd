/**
 * The secretariat announces a CWG meeting and lists a published document for it; anyone reads the
 * meeting's document list (English and Arabic, desktop and phone, screenshots looked at).
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("a meeting is announced, a document listed for it, and the public reads its document list", async ({ page, browser }) => {
  await signIn(page, "contributor@example.org");
  const { reference } = await submitContribution(page, "Input listed for meeting 45");

  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto(`/en/secretariat?status=SUBMITTED`);
  await secretariat.getByRole("row").filter({ hasText: reference }).getByRole("link").first().click();
  await secretariat.getByRole("button", { name: "Accept and publish" }).click();
  const notice = secretariat.getByRole("status").filter({ hasText: "Accepted and published as" });
  const documentNumber = (await notice.textContent())!.match(/CWG-WSIS&SDG\/WSIS20\/\d+/)![0];

  // A refused save keeps what was typed.
  await secretariat.goto("/en/meetings");
  await secretariat.getByRole("link", { name: "New meeting" }).click();
  await secretariat.getByLabel("Meeting number").fill("45");
  await secretariat.getByLabel("First day").fill("2027-02-11");
  await secretariat.getByLabel("Last day").fill("2027-02-10");
  await secretariat.getByLabel("Place").fill("Geneva, ITU headquarters");
  await secretariat.getByLabel("Documents deadline", { exact: true }).fill("2027-01-27T23:59");
  await secretariat.getByRole("button", { name: "Save the meeting" }).click();
  await expect(secretariat.locator("#m-endsOn-error")).toHaveText("The last day cannot be before the first day.");
  await expect(secretariat.getByLabel("Place")).toHaveValue("Geneva, ITU headquarters");
  await secretariat.getByLabel("Last day").fill("2027-02-12");
  await secretariat.getByRole("checkbox", { name: "Held online (virtual or hybrid)" }).check();
  await secretariat.getByRole("button", { name: "Save the meeting" }).click();
  await expect(secretariat.getByRole("heading", { name: "Meeting 45 of the CWG-WSIS&SDG" })).toBeVisible();

  // Listing: an unknown number is refused next to the field, the published one is listed.
  await secretariat.getByLabel("Document number").fill("CWG-WSIS&SDG/WSIS20/999");
  await secretariat.getByRole("button", { name: "List it" }).click();
  await expect(secretariat.locator("#meeting-document-number-error")).toContainText("No published document has this number");
  await expect(secretariat.getByLabel("Document number")).toHaveValue("CWG-WSIS&SDG/WSIS20/999");
  await secretariat.getByLabel("Document number").fill(documentNumber);
  await secretariat.getByRole("button", { name: "List it" }).click();
  await expect(secretariat.getByTestId("meeting-documents")).toContainText("Input listed for meeting 45");
  await expect(secretariat.getByRole("link", { name: "Compilation (Word)" })).toHaveAttribute("href", /meeting=45/);

  // Anyone: the list of meetings and the meeting's documents, in English and Arabic.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/en/meetings");
  await expect(visitor.getByTestId("meetings")).toContainText("1 document");
  await visitor.getByRole("link", { name: "Meeting 45 of the CWG-WSIS&SDG" }).click();
  const row = visitor.getByTestId("meeting-documents").getByRole("row").filter({ hasText: documentNumber });
  await expect(row).toContainText("Ministry of Digital Affairs of Exampleland");
  await expect(row).toContainText("English (original)");
  await expect(visitor.getByRole("button", { name: /Take .* off the list/ })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Compilation (Word)" })).toHaveCount(0);
  for (const locale of ["en", "ar"]) {
    for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
      await visitor.setViewportSize(viewport);
      await visitor.goto(`/${locale}/meetings/45`);
      const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} ${size}: no sideways scroll`).toBeLessThanOrEqual(0);
      await visitor.screenshot({ path: screenshotPath(`meeting-${locale}-${size}`), fullPage: true });
    }
  }
  await secretariat.goto("/ar/meetings/45");
  await secretariat.screenshot({ path: screenshotPath("meeting-secretariat-ar-desktop"), fullPage: true });
});
