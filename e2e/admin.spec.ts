/**
 * The admin's screens, as an admin uses them: people and roles (deactivation ends the person's
 * session at once), the audit log (filter, CSV), an organisation's particulars; in English and
 * Arabic, on a desktop and a phone (no sideways overflow down to 320 px), by keyboard. Screenshots
 * land in e2e/screenshots for people to look at. Seeded people are restored as they were.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { screenshotPath } from "./support/paths";

const sizes = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
  ["narrow", 320, 700],
] as const;

async function adminState(browser: Browser, locale = "en") {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "admin@example.org", locale);
  const state = await page.context().storageState();
  await page.context().close();
  return state;
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
}

test("an admin deactivates a person (their session ends at once), reactivates them, and grants a role", async ({ browser }) => {
  const person = await (await browser.newContext()).newPage();
  await signIn(person, "pending@example.org");
  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, "role.e2e@example.org");

  const admin = await (await browser.newContext({ storageState: await adminState(browser) })).newPage();
  await admin.goto("/en");
  await admin.getByRole("link", { name: "Administration" }).click();
  await admin.getByRole("link", { name: "People and roles" }).first().click();
  // By keyboard: type in the search field, Tab to "Apply", Enter.
  await admin.getByLabel("Name or e-mail").fill("pending@");
  await admin.getByLabel("Name or e-mail").press("Tab");
  await admin.keyboard.press("Tab");
  await admin.keyboard.press("Tab");
  await expect(admin.getByRole("button", { name: "Apply" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin).toHaveURL(/q=pending/);
  await expect(admin.getByTestId("user-row")).toHaveCount(1);
  await admin.getByTestId("user-row").getByRole("link").click();
  await expect(admin).toHaveURL(/\/en\/admin\/users\/[^?]+$/);
  await admin.getByRole("button", { name: "Deactivate account" }).click();
  await expect(admin.getByRole("status")).toContainText("deactivated and its sessions ended");
  await person.goto("/en/affiliation");
  await expect(person.locator("header")).toContainText("Sign in");
  await expect(person).toHaveURL(/\/en\/signin/);

  await admin.getByRole("button", { name: "Reactivate account" }).click();
  await expect(admin.getByRole("status")).toContainText("reactivated");

  await admin.goto("/en/admin/users?q=role.e2e");
  await admin.getByTestId("user-row").getByRole("link").click();
  await expect(admin).toHaveURL(/\/en\/admin\/users\/[^?]+$/);
  await admin.getByLabel("New role").selectOption("SECRETARIAT");
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByRole("status")).toContainText("The role was changed");
  await newcomer.goto("/en");
  await expect(newcomer.getByRole("link", { name: "Secretariat queue" })).toBeVisible();

  // Their own account: no role form, no deactivation.
  await admin.goto("/en/admin/users?q=admin%40example.org");
  await admin.getByTestId("user-row").getByRole("link").click();
  await expect(admin.getByText("This is your own account")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Change role" })).toHaveCount(0);

  // The audit log: filtered by the person, then downloaded as CSV.
  await admin.goto("/en/admin/audit");
  await admin.getByLabel("Person").fill("pending@example.org");
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin.getByTestId("audit-row").first()).toContainText("Account reactivated");
  await expect(admin.getByTestId("audit-row").nth(1)).toContainText("Account deactivated");
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download CSV (plain)" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toBe("at,actor,actorEmail,action,contribution,subject,subjectEmail,fromStatus,toStatus,reason,data");
  expect(csv).toContain("user.deactivate");
  expect(csv).not.toContain("user.role");
  for (const p of [person, newcomer, admin]) await p.context().close();
});

test("an admin corrects an organisation's particulars", async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: await adminState(browser) })).newPage();
  await admin.goto("/en/admin/organisations?q=Exampleland");
  await admin.getByTestId("organisation-row").getByRole("link").click();
  const name = admin.getByLabel("Name", { exact: true });
  const original = await name.inputValue();
  await name.fill("");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.locator("#org-name-error")).toBeVisible();
  await name.fill(`${original} (renamed)`);
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("status")).toContainText("saved");
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("(renamed)");
  await admin.getByLabel("Name", { exact: true }).fill(original);
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).not.toContainText("(renamed)");
  await admin.goto("/en/admin/audit?action=organisation.edit");
  await expect(admin.getByTestId("audit-row")).toHaveCount(2);
  await admin.context().close();
});

test("non-admins do not find the admin's screens", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "secretariat@example.org");
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
  for (const path of ["/en/admin", "/en/admin/users", "/en/admin/audit", "/en/admin/organisations"]) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
  }
  expect((await page.request.get("/api/admin/audit.csv")).status()).toBe(404);
  await page.context().close();
});

for (const locale of ["en", "ar"] as const) {
  test(`the admin's screens read well in ${locale}`, async ({ browser }) => {
    const state = await adminState(browser, locale);
    const probe = await (await browser.newContext({ storageState: state })).newPage();
    await probe.goto(`/${locale}/admin/users?q=focal.point%40example.org`);
    const userHref = await probe.getByTestId("user-row").getByRole("link").getAttribute("href");
    await probe.goto(`/${locale}/admin/organisations?q=Exampleland`);
    const orgHref = await probe.getByTestId("organisation-row").getByRole("link").getAttribute("href");
    await probe.context().close();
    for (const [size, width, height] of sizes) {
      const page = await (await browser.newContext({ viewport: { width, height }, storageState: state })).newPage();
      for (const [name, path] of [
        ["admin-users", `/${locale}/admin/users`],
        ["admin-user", userHref!],
        ["admin-organisation", orgHref!],
        ["admin-audit", `/${locale}/admin/audit`],
      ] as const) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await noSidewaysScroll(page);
        if (size !== "narrow") await page.screenshot({ path: screenshotPath(`${name}-${locale}-${size}`), fullPage: true });
      }
      await page.context().close();
    }
  });
}
