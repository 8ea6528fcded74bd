/**
 * Login CSRF (issue 12): the sign-in link's confirmation POSTs to next-auth's e-mail callback,
 * which checks no CSRF token. A POST from a page elsewhere (holding a link to the attacker's own
 * account) is answered with the sign-in page's "CrossSite" message and uses no token; the
 * portal's own page still gets through to next-auth. e2e/sign-in-confirm.spec.ts checks the
 * browser side (no session cookie, the person's link still works).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase } from "../support/db";

const { POST } = await import("@/app/api/auth/[...nextauth]/route");
const context = { params: Promise.resolve({ nextauth: ["callback", "email"] }) };
const url = "http://localhost:3000/api/auth/callback/email?callbackUrl=%2Far%2Fmy&token=abc123&email=victim%40example.org";

beforeEach(async () => {
  await resetDatabase();
  await db.verificationToken.create({ data: { identifier: "attacker@example.org", token: "stored-hash", expires: new Date(Date.now() + 3_600_000) } });
  delete process.env.NEXTAUTH_URL;
});

describe("the e-mail callback refuses a cross-site POST", () => {
  it.each([
    ["another site's form", { origin: "https://attacker.example", "sec-fetch-site": "cross-site" }],
    ["a sandboxed frame (Origin: null)", { origin: "null" }],
    ["a sibling subdomain", { origin: "http://evil.localhost:3000", "sec-fetch-site": "same-site" }],
    ["no Origin, no Sec-Fetch-Site", {}],
  ])("%s: 303 to the sign-in page in the link's language, saying why; no token used", async (_name, headers) => {
    const res = await POST(new Request(url, { method: "POST", headers: headers as Record<string, string> }), context);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost:3000/ar/signin?error=CrossSite");
    expect(await db.verificationToken.count()).toBe(1);
  });

  it("the portal's own page is passed on to next-auth", async () => {
    const res = await POST(new Request(url, { method: "POST", headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" } }), context);
    expect(res.headers.get("location") ?? "").not.toContain("CrossSite");
  });
});
