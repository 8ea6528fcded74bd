/**
 * The data the accessibility tour needs, made the way people make it: two revision proposals on
 * the same provision of C2 (9 b): the revision-proposals spec works on 9 d) i) and 9 e)) from two organisations (so the by-provision page flags a conflict and
 * the consolidated text shows one to resolve), both published by the secretariat; and a general
 * input left in the queue. Returns what the page list needs.
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./auth";

export interface Tour {
  published: string; // reference of a published contribution with proposals
  draftOrSubmittedId: string; // the contributor's submitted contribution (in the queue)
  publishedId: string;
  consultationEditPath: string;
  states: { contributor: string; secretariat: string };
}

async function proposal(page: Page, title: string, marker: "MOD" | "SUP") {
  await page.goto("/en/consultations/wsis20-review/contribute");
  await page.getByLabel("Type of contribution *").selectOption("ACTION_LINE_REVISION");
  await page.getByLabel("Title *").fill(title);
  await page.getByLabel("Summary *").fill(`Summary of ${title}.`);
  await page.getByLabel("Original language *").selectOption("en");
  await page.getByLabel("Contribution *", { exact: true }).fill(`Introduction to ${title}.`);
  await page.getByLabel("Marker", { exact: true }).last().selectOption(marker);
  await page.getByLabel("Provision", { exact: true }).last().selectOption("9 b)");
  await page.getByTestId("add-proposal").click();
  const card = page.getByTestId("proposal-card").last();
  if (marker === "MOD") await card.getByLabel("Proposed text").fill("broaden access to orbital resources, global and regional frequency harmonization and global systems standardization;");
  await card.getByLabel("Reasons").fill(`Reasons of ${title}.`);
  await page.getByRole("button", { name: "Submit contribution" }).click();
  await expect(page.getByRole("heading", { name: "Your contribution has been submitted" })).toBeVisible();
  return { reference: (await page.getByTestId("reference-number").textContent())!.match(/WSIS20-C-\d{4}/)![0], id: new URL(page.url()).pathname.split("/").at(-1)! };
}

async function acceptAll(s: Page, id: string) {
  await s.goto(`/en/secretariat/contributions/${id}`);
  await s.getByLabel("Decision", { exact: true }).nth(0).selectOption("ACCEPTED");
  await s.getByTestId("decide-proposal-1").click();
  await expect(s.getByRole("status").filter({ hasText: "Decision on the proposal saved." })).toBeVisible();
  await s.getByRole("button", { name: "Accept and publish" }).click();
  await expect(s.getByRole("status").filter({ hasText: "Accepted and published as" })).toBeVisible();
}

export async function makeTour(browser: Browser, dir: string): Promise<Tour> {
  const exa = await (await browser.newContext()).newPage();
  await signIn(exa, "focal.point@example.org");
  const mod = await proposal(exa, "Tour: regional harmonization in C2", "MOD");
  const etu = await (await browser.newContext()).newPage();
  await signIn(etu, "focal.point.ar@example.org");
  const sup = await proposal(etu, "Tour: delete 9 b)", "SUP");

  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "contributor@example.org");
  await contributor.goto("/en/consultations/wsis20-review/contribute");
  await contributor.getByLabel("Title *").fill("Tour: a general input");
  await contributor.getByLabel("Summary *").fill("Summary of the tour's general input.");
  await contributor.getByLabel("Original language *").selectOption("en");
  await contributor.getByLabel("Contribution *", { exact: true }).fill("ITU should keep facilitating Action Line C2.");
  await contributor.getByRole("checkbox", { name: /^C2 / }).check();
  await contributor.getByRole("button", { name: "Submit contribution" }).click();
  await expect(contributor.getByRole("heading", { name: "Your contribution has been submitted" })).toBeVisible();
  const submittedId = new URL(contributor.url()).pathname.split("/").at(-1)!;

  const s = await (await browser.newContext()).newPage();
  await signIn(s, "secretariat@example.org");
  await acceptAll(s, mod.id);
  await acceptAll(s, sup.id);
  await s.goto("/en/secretariat/consultations");
  const edit = await s.locator('a[href*="/secretariat/consultations/"]:not([href$="/new"])').first().getAttribute("href");

  const states = { contributor: `${dir}/contributor.json`, secretariat: `${dir}/secretariat.json` };
  await contributor.context().storageState({ path: states.contributor });
  await s.context().storageState({ path: states.secretariat });
  for (const p of [exa, etu, contributor, s]) await p.context().close();
  return { published: mod.reference, publishedId: mod.id, draftOrSubmittedId: submittedId, consultationEditPath: edit!.replace(/^\/en/, ""), states };
}
