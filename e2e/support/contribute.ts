import { expect, type Page } from "@playwright/test";

/** Submits a short English general input through the form; returns its id and reference. */
export async function submitContribution(page: Page, title: string): Promise<{ id: string; reference: string }> {
  await page.goto("/en/consultations/wsis20-review/contribute");
  await page.getByLabel("Title *").fill(title);
  await page.getByLabel("Summary *").fill(`Summary of ${title}.`);
  await page.getByLabel("Original language *").selectOption("en");
  await page.getByLabel("Contribution *", { exact: true }).fill(`Body of ${title}: ITU should keep facilitating Action Line C2.`);
  await page.getByRole("checkbox", { name: /^C2 / }).check();
  await page.getByRole("button", { name: "Submit contribution" }).click();
  await expect(page.getByRole("heading", { name: "Your contribution has been submitted" })).toBeVisible();
  const reference = (await page.getByTestId("reference-number").textContent())!.match(/WSIS20-C-\d{4}/)![0];
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  return { id, reference };
}
