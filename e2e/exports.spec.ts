/**
 * The queue's export links, end to end on the production build: they carry the current filter,
 * download through the secretariat's session, and answer nothing to anyone else.
 */
import { expect, test } from "@playwright/test";
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { signIn } from "./support/auth";
import { screenshotPath } from "./support/paths";

test("the secretariat downloads the queue's current filter; others get nothing", async ({ browser, playwright, baseURL }) => {
  const secretariat = await (await browser.newContext()).newPage();
  await signIn(secretariat, "secretariat@example.org");
  await secretariat.goto("/en/secretariat?status=ACCEPTED&sort=title&dir=asc");
  const links = secretariat.getByRole("region", { name: "Export" }).getByRole("listitem").getByRole("link");
  await expect(links).toHaveText(["CSV for Excel", "CSV (plain UTF-8)", "Excel workbook", "JSON", "Word compilation", "Attachments (ZIP)"]);
  const href = (await links.first().getAttribute("href"))!;
  expect(href).toContain("status=ACCEPTED");
  expect(href).toContain("sort=title");

  const csv = await secretariat.request.get(href);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="wsis20-contributions-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("Reference number");

  const docx = await secretariat.request.get(href.replace("format=csv-excel", "format=docx"));
  expect(docx.status()).toBe(200);
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");

  const zip = await secretariat.request.get(href.replace("format=csv-excel", "format=zip"));
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect((await zip.body()).subarray(0, 2).toString()).toBe("PK");

  // The background exports page: reachable from the export menu, empty for this person so far.
  await secretariat.getByRole("link", { name: "Your background exports" }).click();
  await expect(secretariat.getByRole("heading", { level: 1, name: "Background exports" })).toBeVisible();
  await secretariat.screenshot({ path: screenshotPath("exports-page-en-desktop"), fullPage: true });

  const json = await secretariat.request.get(href.replace("format=csv-excel", "format=json"));
  for (const record of await json.json()) expect(record.internal.status).toBe("ACCEPTED");

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(href)).status()).toBe(401);
  const contributor = await (await browser.newContext()).newPage();
  await signIn(contributor, "contributor@example.org");
  expect((await contributor.request.get(href)).status()).toBe(404);
});

test("exports and open data are gzipped at zlib's fastest level, pages at Next's (issue 16)", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await signIn(await context.newPage(), "secretariat@example.org");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const get = (path: string) =>
    new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${baseURL}${path}`, { headers: { cookie, "accept-encoding": "gzip, deflate, br" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  // gzip's XFL byte (RFC 1952, byte 8): 4 when zlib used its fastest level, 0 for its default.
  for (const path of ["/api/secretariat/export?format=csv&locale=en", "/api/v1/contributions.csv"]) {
    const answer = await get(path);
    expect(answer.encoding, path).toBe("gzip");
    expect(answer.body[8], path).toBe(4);
    expect(gunzipSync(answer.body).toString("utf8"), path).toMatch(/^\uFEFF?"?Reference number|^reference/i);
  }
  const page = await get("/en/secretariat");
  expect(page.encoding).toBe("gzip");
  expect(page.body[8]).toBe(0);
  await context.close();
});
