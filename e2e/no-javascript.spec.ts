/**
 * Forms that post to a server action keep working with JavaScript turned off: the browser posts
 * the form, the action answers with the page (a refusal with its message) or a redirect. The
 * interface language comes from the page's address, not from a field of the form.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";

test("withdrawing a contribution without JavaScript, in Arabic: refused with the reason, then done", async ({ browser }) => {
  const withScript = await browser.newContext();
  const page = await withScript.newPage();
  await signIn(page, "focal.point@example.org");
  const { id } = await submitContribution(page, "Contribution withdrawn without JavaScript");

  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`/ar/my/contributions/${id}`);
  // No hidden field names a language any more.
  await expect(plain.locator('form input[name="locale"]')).toHaveCount(0);

  // A reason over the limit: the page comes back with the message next to the field.
  await plain.getByLabel("السبب (اختياري)").fill("س".repeat(5_001));
  await plain.getByRole("button", { name: "سحب", exact: true }).click();
  await expect(plain.locator("#withdraw-reason-error")).toContainText("اختصر النص إلى");
  await expect(plain).toHaveURL(new RegExp(`/ar/my/contributions/${id}$`));

  await plain.getByLabel("السبب (اختياري)").fill("أُرسلت مرتين خطأً.");
  await plain.getByRole("button", { name: "سحب", exact: true }).click();
  await expect(plain).toHaveURL(new RegExp(`/ar/my/contributions/${id}\\?done=WITHDRAWN$`));
  await expect(plain.getByRole("status").filter({ hasText: "سُحبت المساهمة." })).toBeVisible();
  await expect(plain.locator("dl.facts")).toContainText("مسحوبة");
  await noScript.close();
  await withScript.close();
});
