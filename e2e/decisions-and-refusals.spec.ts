/**
 * Rejection and change requests reach the contributor (page and e-mail, in their language);
 * each role sees only what it may: contributors get 404 on the secretariat's pages and on other
 * organisations' contributions, the public gets 404 on anything not published.
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { submitContribution } from "./support/contribute";

test("rejection and change requests are told to the contributor; other roles get 404", async ({ browser }) => {
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "contributor@example.org");
  const toReject = await submitContribution(contributor, "Proposal the secretariat will reject");
  const toChange = await submitContribution(contributor, "Proposal that needs changes");

  // A contributor is not the secretariat: its pages do not exist for them.
  expect((await contributor.goto("/en/secretariat"))?.status()).toBe(404);
  expect((await contributor.goto(`/en/secretariat/contributions/${toReject.id}`))?.status()).toBe(404);

  // A member of another organisation cannot see this organisation's contribution.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "contributor.ar@example.org", "ar");
  expect((await other.goto(`/ar/my/contributions/${toReject.id}`))?.status()).toBe(404);

  // The secretariat: a rejection needs a reason; then it is applied and explained.
  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto(`/en/secretariat/contributions/${toReject.id}`);
  await secretariat.getByRole("button", { name: "Reject" }).click();
  // The browser's own required check stops an empty reason; the server check is covered by integration tests.
  await expect(secretariat.locator("dl.facts")).toContainText("Submitted");
  await secretariat.getByLabel("Reason (sent to the contributor)").fill("Outside the scope of this consultation.");
  await secretariat.getByRole("button", { name: "Reject" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Rejected." })).toBeVisible();
  await expect(secretariat.getByRole("button", { name: "Accept and publish" })).toHaveCount(0);

  await secretariat.goto(`/en/secretariat/contributions/${toChange.id}`);
  await secretariat.getByLabel("What should change (sent to the contributor)").fill("Please add the Action Lines your proposal amends.");
  await secretariat.getByRole("button", { name: "Request changes" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Changes requested." })).toBeVisible();

  // The contributor sees the outcome and the secretariat's words, and got e-mails.
  await contributor.goto(`/en/my/contributions/${toReject.id}`);
  await expect(contributor.locator("dl.facts")).toContainText("Rejected");
  await expect(contributor.getByText("Outside the scope of this consultation.").first()).toBeVisible();
  await contributor.goto("/en/dev/mailbox");
  await expect(contributor.locator('[data-testid="mail"]').filter({ hasText: `Not accepted: ${toReject.reference}` })).toHaveCount(1);
  await expect(contributor.locator('[data-testid="mail"]').filter({ hasText: `Changes requested: ${toChange.reference}` })).toHaveCount(1);

  // Nobody else sees a rejected or pending contribution: 404, never 403.
  const visitor = await (await browser.newContext()).newPage();
  for (const ref of [toReject.reference, toChange.reference, "WSIS20-C-9999"]) {
    expect((await visitor.goto(`/en/contributions/${ref}`))?.status()).toBe(404);
  }
  expect((await visitor.goto(`/en/my/contributions/${toReject.id}`))?.url()).toContain("/en/signin");
});
