/**
 * Sign-in through an organisation's identity provider, against a real OpenID provider running on
 * loopback (tests/support/oidc-provider.ts, started by playwright.config.ts): the provider's own
 * login and consent forms are filled as a person would. A newcomer lands signed in; a known
 * person is linked by the verified e-mail address; an address the provider did not verify is
 * refused. The e-mail link stays on the same page.
 */
import { expect, test, type Page } from "@playwright/test";
import { TEST_ACCOUNTS } from "../tests/support/oidc-provider";

async function signInThroughProvider(page: Page, login: keyof typeof TEST_ACCOUNTS) {
  await page.goto("/en/signin?callbackUrl=%2Fen%2Fcontributions");
  await expect(page.getByRole("button", { name: "Send me a sign-in link" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in with Example Identity" }).click();
  // The provider's development login form (any password), then its consent form.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a newcomer signs in through the identity provider and lands signed in where they were going", async ({ page }) => {
  await signInThroughProvider(page, "idp.newcomer");
  await expect(page).toHaveURL(/\/en\/contributions$/);
  await expect(page.locator("header")).toContainText("Idris Newcomer");
  await expect(page.locator("header")).toContainText("Sign out");
});

test("a known person is linked by the verified e-mail address", async ({ page }) => {
  await signInThroughProvider(page, "idp.contributor");
  await expect(page).toHaveURL(/\/en\/contributions$/);
  // The seeded contributor's account (their organisation's pages), not a new person.
  await expect(page.getByRole("link", { name: "My contributions" })).toBeVisible();
});

test("an address the provider did not verify is refused, with a message", async ({ page }) => {
  await signInThroughProvider(page, "idp.unverified");
  await expect(page).toHaveURL(/\/en\/signin/);
  await expect(page.getByRole("alert").filter({ hasText: "did not confirm your e-mail address" })).toBeVisible(); // not Next's route announcer
  await expect(page.locator("header")).toContainText("Sign in");
});
