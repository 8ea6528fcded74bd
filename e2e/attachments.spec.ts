/**
 * Attachments over HTTP on the production build: a signed-in contributor uploads to a draft
 * (written straight into the database: the form has no draft step yet), downloads it with the
 * right headers and an Arabic file name, is refused a renamed executable; the public gets 404.
 */
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { signIn } from "./support/auth";
import { makeElf, makePdf } from "../tests/support/attachment-files";

async function createDraft(): Promise<string> {
  const id = `e2e-${randomUUID()}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Contribution" (id, "consultationId", "organisationId", "createdById", type, status, title, summary, body, "actionLines", sdgs, "updatedAt")
       SELECT $1, c.id, m."organisationId", u.id, 'GENERAL_INPUT', 'DRAFT', 'Draft with attachments', '', '', '{}', '{}', now()
       FROM "User" u JOIN "Membership" m ON m."userId" = u.id CROSS JOIN "Consultation" c
       WHERE u.email = 'contributor@example.org' LIMIT 1`,
      [id],
    );
  } finally {
    await client.end();
  }
  return id;
}

test("a contributor attaches a PDF with an Arabic name, downloads it as an attachment; impostors and the public are refused", async ({ page, browser }) => {
  await signIn(page, "contributor@example.org");
  const draftId = await createDraft();
  const pdf = makePdf("e2e");
  const name = "مساهمة الوفد.pdf";

  const up = await page.request.post(`/api/contributions/${draftId}/attachments`, { multipart: { file: { name, mimeType: "application/pdf", buffer: pdf } } });
  expect(up.status()).toBe(201);
  const { data } = await up.json();
  expect(data.filename).toBe(name);

  const down = await page.request.get(`/api/attachments/${data.id}`);
  expect(down.status()).toBe(200);
  const headers = down.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The handler sets Content-Length (tests/integration/attachment-routes.test.ts), but Next 16.4's
  // server drops it from every route-handler response (FORBIDDEN_HEADERS in
  // next/dist/server/send-response.js) and sends the body chunked. If a later Next keeps it, it
  // must be right. no-transform keeps the body unencoded.
  expect(headers["content-length"] ?? String(pdf.length)).toBe(String(pdf.length));
  expect(headers["content-encoding"]).toBeUndefined();
  expect(headers["cache-control"]).toBe("private, no-store, no-transform");
  expect(headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=/);
  expect(headers["content-disposition"]).not.toContain("?");
  expect(Buffer.from(await down.body()).equals(pdf)).toBe(true);

  const exe = await page.request.post(`/api/contributions/${draftId}/attachments`, { multipart: { file: { name: "setup.pdf", mimeType: "application/pdf", buffer: makeElf() } } });
  expect(exe.status()).toBe(415);
  expect(await exe.json()).toMatchObject({ ok: false, code: "ATTACHMENT_TYPE" });

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/attachments/${data.id}`)).status()).toBe(404);
  expect((await anonymous.request.post(`/api/contributions/${draftId}/attachments`, { multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: pdf } } })).status()).toBe(404);
  await anonymous.close();
});
