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

test("a note the server refuses before running the action (an origin it does not allow) is kept, with a clear message", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "focal.point@example.org");
  const a = await submitContribution(contributor, "Refused note target on C2");
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "secretariat@example.org");
  await staff.goto(`/en/secretariat/contributions/${a.id}`);
  // As behind a proxy the portal is not configured for: the action's request arrives with an
  // Origin the server does not allow, and Next refuses it before the action runs (a real refusal).
  // (route.fetch sends it from the test, where the Origin header can be set; the browser gets the
  // server's own answer.)
  await staff.route("**/*", async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) return route.continue();
    const response = await route.fetch({ headers: { ...route.request().headers(), origin: "https://elsewhere.example" } });
    expect(response.status()).toBe(500); // Next's refusal: "Invalid Server Actions request"
    await route.fulfill({ response });
  });
  const note = "A note long enough that losing it would hurt: check the C2 references against 2025.";
  await staff.getByLabel("New note").fill(note);
  await staff.getByRole("button", { name: "Add the note" }).click();
  await expect(staff.getByRole("alert").filter({ hasText: "The server did not accept this request" })).toBeVisible();
  await expect(staff.getByLabel("New note")).toHaveValue(note);
  await expect(staff.getByTestId("internal-notes").filter({ hasText: note })).toHaveCount(0); // nothing was saved
  await staff.screenshot({ path: screenshotPath("refused-note-en-desktop") });
  // Configuration fixed (here: the header left alone): the same press saves it.
  await staff.unrouteAll();
  await staff.getByRole("button", { name: "Add the note" }).click();
  await expect(staff.getByTestId("internal-notes")).toContainText(note);
});
