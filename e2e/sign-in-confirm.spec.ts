/**
 * Issue 12 item 15: a mail scanner that opens the e-mailed sign-in link (one plain GET, no
 * cookies) neither uses up the token nor gets a session; the person then confirms with the
 * page's button and is signed in.
 */
import { expect, test } from "@playwright/test";

test("a scanner's GET of the sign-in link uses nothing; the person's confirmation signs in", async ({ page, playwright, baseURL }) => {
  const email = "focal.point@example.org";
  await page.goto("/en/signin");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText(email);
  await page.goto("/en/dev/mailbox");
  const link = (await page.locator(`[data-testid="mail"][data-to="${email}"]`).first().getByTestId("sign-in-link").getAttribute("href"))!;
  expect(link).toContain("/en/signin/confirm?");

  // The scanner: its own context, no cookies, follows redirects like a plain HTTP client.
  const scanner = await playwright.request.newContext({ baseURL });
  const scanned = await scanner.get(link);
  expect(scanned.status()).toBe(200);
  const callbackGet = await scanner.get(link.replace(/\/en\/signin\/confirm\?/, "/api/auth/callback/email?"), { maxRedirects: 0 });
  expect(callbackGet.status()).toBe(303);
  expect(callbackGet.headers()["location"]).toContain("/signin/confirm?");
  expect((await scanner.storageState()).cookies.map((c) => c.name)).not.toContain("next-auth.session-token");
  // Login CSRF: a page elsewhere that holds the link POSTs it from the victim's browser (a
  // cross-site form: the browser says Origin and Sec-Fetch-Site). Nothing is used, no session.
  const callback = link.replace(/\/en\/signin\/confirm\?/, "/api/auth/callback/email?");
  const forged = await scanner.post(callback, { headers: { Origin: "https://attacker.example", "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(forged.status()).toBe(303);
  expect(forged.headers()["location"]).toContain("/en/signin?error=CrossSite");
  const noOrigin = await scanner.post(callback, { maxRedirects: 0 });
  expect(noOrigin.headers()["location"]).toContain("error=CrossSite");
  expect((await scanner.storageState()).cookies.map((c) => c.name)).not.toContain("next-auth.session-token");
  await scanner.dispose();

  // The person: the link still works.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("header")).toContainText("Sign out");
  // Signing out (next-auth's client is loaded on the press): the session is gone, the home page.
  await page.locator("header").getByRole("button", { name: "Sign out" }).click();
  await expect(page.locator("header").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveURL(/\/en$/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("next-auth.session-token");
});

test("the refusal of a cross-site sign-in says what to do, in the page's language", async ({ page }) => {
  await page.goto("/ar/signin?error=CrossSite");
  // Filtered: once hydrated, Next's route announcer is a second (empty) role="alert".
  await expect(page.getByRole("alert").filter({ hasText: "صفحة التأكيد" })).toBeVisible();
});
