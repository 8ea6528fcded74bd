/**
 * Co-sponsorship end to end: the lead organisation invites another one, whose focal point (in
 * the Arabic interface) confirms; once published, the public page lists the confirmed co-sponsor.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("invite, confirm in Arabic, publish: the co-sponsor is listed publicly", async ({ browser }) => {
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, "contributor@example.org");
  const { id, reference } = await submitContribution(lead, "Joint input on C11 cooperation");
  await lead.goto(`/en/my/contributions/${id}`);
  await lead.getByLabel("Organisation", { exact: true }).selectOption({ label: "Example Telecommunications Union" });
  await lead.getByRole("button", { name: "Send invitation" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();
  await expect(lead.locator("#cosponsors-heading + ul")).toContainText("Example Telecommunications Union Invited");

  const focal = await (await browser.newContext()).newPage();
  await signIn(focal, "focal.point.ar@example.org", "ar");
  await focal.goto("/ar/cosponsorships");
  const invitation = focal.getByTestId("invitation").filter({ hasText: "Joint input on C11 cooperation" });
  await expect(invitation).toContainText("مدعوّة");
  await focal.screenshot({ path: screenshotPath("cosponsorships-ar-desktop"), fullPage: true });
  await invitation.getByRole("button", { name: "تأكيد المشاركة في التقديم" }).click();
  await expect(focal.getByRole("status").filter({ hasText: "أُكّدت المشاركة في التقديم." })).toBeVisible();

  await lead.reload();
  await expect(lead.locator("#cosponsors-heading + ul")).toContainText("Confirmed");
  await lead.goto("/en/dev/mailbox");
  await expect(lead.locator('[data-testid="mail"][data-to="contributor@example.org"]').filter({ hasText: "confirmed co-sponsorship" })).toHaveCount(1);

  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto(`/en/secretariat/contributions/${id}`);
  await secretariat.getByRole("button", { name: "Accept and publish" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Accepted and published as" })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/contributions/${reference}`);
  await expect(visitor.locator("#cosponsors-heading + ul")).toHaveText("Example Telecommunications Union");
});
