/** The secretariat e-mails the contributors of a consultation; a refused message keeps its texts. */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("a message to contributors: refused without English, then sent, listed and delivered in the outbox", async ({ page, browser }) => {
  await signIn(page, "contributor@example.org");
  await submitContribution(page, "Input whose author receives the message");

  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto("/en/secretariat/announcements");
  await secretariat.locator("#a-subject_ar").fill("جدول أعمال الاجتماع 45");
  await secretariat.getByRole("button", { name: "Send the message" }).click();
  await expect(secretariat.locator("#a-subject_en-error")).toBeVisible();
  await expect(secretariat.locator("#a-subject_ar")).toHaveValue("جدول أعمال الاجتماع 45");
  await secretariat.locator("#a-subject_en").fill("Agenda of meeting 45");
  await secretariat.locator("#a-body_en").fill("The agenda of the 45th meeting is online.");
  await secretariat.getByRole("checkbox", { name: "Submitted", exact: true }).check();
  await secretariat.getByRole("button", { name: "Send the message" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: /The message was sent to \d+ contributors?\./ })).toBeVisible();
  await expect(secretariat.getByTestId("announcements")).toContainText("Agenda of meeting 45");
  await secretariat.screenshot({ path: screenshotPath("announcements-en-desktop"), fullPage: true });

  await secretariat.goto("/en/dev/mailbox");
  await expect(secretariat.getByText("Agenda of meeting 45").first()).toBeVisible();

  await secretariat.setViewportSize({ width: 390, height: 844 });
  await secretariat.goto("/ar/secretariat/announcements");
  const overflow = await secretariat.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await secretariat.screenshot({ path: screenshotPath("announcements-ar-phone"), fullPage: true });
});
