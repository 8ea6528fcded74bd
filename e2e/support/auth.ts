/**
 * Signing in as a person in the end-to-end tests, the way a person does: ask for a link on the
 * sign-in page, open the development mailbox, follow the link. No back door.
 */
import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/signin`);
  await page.getByLabel(locale === "ar" ? "عنوان البريد الإلكتروني" : "E-mail address").fill(email);
  await page.getByRole("button", { name: locale === "ar" ? "أرسل لي رابط تسجيل الدخول" : "Send me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText(email);
  await page.goto(`/${locale}/dev/mailbox`);
  const mail = page.locator(`[data-testid="mail"][data-to="${email}"]`).first();
  const link = await mail.getByTestId("sign-in-link").getAttribute("href");
  expect(link).toBeTruthy();
  // The link opens a confirmation page (scanner-safe); the button uses the token.
  await page.goto(link!);
  await page.getByRole("button", { name: locale === "ar" ? "تسجيل الدخول" : "Sign in", exact: true }).click();
  await expect(page.locator("header")).toContainText(locale === "ar" ? "تسجيل الخروج" : "Sign out");
}

export async function signOut(page: Page) {
  await page.context().clearCookies();
}
