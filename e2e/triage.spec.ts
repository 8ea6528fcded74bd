/**
 * Triage: the secretariat assigns a contribution to itself, leaves an internal note the
 * contributor never sees, and accepts a batch from the queue in one go, each item reported.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("assign, note, and bulk accept from the queue", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "focal.point@example.org");
  const a = await submitContribution(contributor, "Batch item A on C2");
  const b = await submitContribution(contributor, "Batch item B on C2");

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "secretariat@example.org");
  await staff.goto(`/en/secretariat/contributions/${a.id}`);
  await staff.getByLabel("Assigned to").selectOption({ label: "Sam Secretariat" });
  await staff.getByRole("button", { name: "Assign" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();
  await staff.getByLabel("New note").fill("Compare with last year's C2 input.");
  await staff.getByRole("button", { name: "Add the note" }).click();
  await expect(staff.getByTestId("internal-notes")).toContainText("Compare with last year's C2 input.");

  await staff.goto("/en/secretariat?assignee=me");
  await expect(staff.getByRole("row").filter({ hasText: a.reference })).toBeVisible();
  await expect(staff.getByRole("row").filter({ hasText: b.reference })).toHaveCount(0);

  await staff.goto("/en/secretariat?status=SUBMITTED");
  await staff.getByRole("checkbox", { name: `Select ${a.reference}` }).check();
  await staff.getByRole("checkbox", { name: `Select ${b.reference}` }).check();
  await staff.getByLabel("Decision").selectOption("accept");
  await staff.screenshot({ path: screenshotPath("queue-bulk-en-desktop"), fullPage: true });
  await staff.getByRole("button", { name: "Apply to the selection" }).click();
  const results = staff.getByTestId("bulk-results");
  await expect(results).toContainText("2 done, 0 refused");
  await expect(results).toContainText(`${a.reference}: Accepted`);
  await expect(results).toContainText(`${b.reference}: Accepted`);

  // The dashboard counts them, with the numbers in tables; in Arabic too.
  await staff.goto("/ar/secretariat/dashboard");
  await expect(staff.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(staff.getByRole("row", { name: /مقبولة/ })).toBeVisible();
  await staff.screenshot({ path: screenshotPath("dashboard-ar-desktop"), fullPage: true });

  // The contributor never sees the internal note.
  await contributor.goto(`/en/my/contributions/${a.id}`);
  await expect(contributor.locator("dl.facts")).toContainText("Accepted");
  await expect(contributor.getByText("Compare with last year's C2 input.")).toHaveCount(0);
});
