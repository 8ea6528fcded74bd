/**
 * A newcomer signs up by e-mail, proposes their organisation; the secretariat verifies it; the
 * newcomer can then submit. The focal point invites a colleague, who signs in, accepts the
 * invitation (issue 12 item 5) and submits too.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";
import { screenshotPath } from "./support/paths";

test("sign up, propose an organisation, get verified, invite a colleague who accepts", async ({ browser }) => {
  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, "lina.newcomer@example.org");
  await newcomer.goto("/en/consultations/wsis20-review");
  await expect(newcomer.getByText("not yet a verified member")).toBeVisible();
  await newcomer.getByRole("link", { name: "My affiliation" }).first().click();
  await newcomer.getByLabel("Your name *").fill("Lina Newcomer");
  await newcomer.getByLabel("propose a new organisation").check();
  await newcomer.getByLabel("Name of the organisation *").fill("Example Digital Rights Forum");
  await newcomer.getByLabel("Short code *").fill("edrf");
  await newcomer.getByLabel("ITU membership category *").selectOption("NON_MEMBER");
  await newcomer.getByLabel("Stakeholder group *").selectOption("CIVIL_SOCIETY");
  await newcomer.getByLabel("Country").selectOption("KE");
  await newcomer.getByLabel("ITU region").selectOption("D");
  await newcomer.getByRole("button", { name: "Send the request" }).click();
  await expect(newcomer.getByRole("status").filter({ hasText: "Your request has been sent." })).toBeVisible();
  await expect(newcomer.getByTestId("my-memberships")).toContainText("Example Digital Rights Forum · Focal point · Waiting for verification");

  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto("/en/secretariat/affiliations");
  const card = secretariat.getByTestId("pending-affiliation").filter({ hasText: "lina.newcomer@example.org" });
  await expect(card).toContainText("Proposed organisation");
  await expect(card).toContainText("Kenya");
  await secretariat.screenshot({ path: screenshotPath("affiliations-en-desktop"), fullPage: true });
  await card.getByRole("button", { name: "Verify" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Affiliation verified." })).toBeVisible();

  await newcomer.goto("/en/organisation");
  await newcomer.getByLabel("E-mail address *").fill("colleague@example.org");
  await newcomer.getByLabel("Name *").fill("Cole League");
  await newcomer.getByRole("button", { name: "Send the invitation" }).click();
  await expect(newcomer.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();
  await expect(newcomer.getByTestId("members")).toContainText("colleague@example.org");
  await expect(newcomer.getByTestId("members")).toContainText("Invited, not yet accepted");

  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, "colleague@example.org");
  await colleague.goto("/en/affiliation");
  await expect(colleague.getByTestId("my-memberships")).toContainText("Invited by the focal point");
  await colleague.getByRole("button", { name: "Accept" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: "You have joined the organisation." })).toBeVisible();
  await expect(colleague.getByTestId("my-memberships")).toContainText("Example Digital Rights Forum · Contributor · Verified");
  await colleague.screenshot({ path: screenshotPath("invitation-accepted-en-desktop"), fullPage: true });
  const { reference } = await submitContribution(colleague, "Civil society view on C10 ethics");
  expect(reference).toMatch(/^WSIS20-C-\d{4}$/);
});
