/**
 * Issue 12 item 6: a nonce-based Content-Security-Policy with frame-ancestors on pages (and the
 * pages still work under it: no violation reported while signing in and using a form), a CSP that
 * allows nothing on the API and feed, a Permissions-Policy everywhere. (Forwarded headers from
 * untrusted peers: tests/integration/dev-mailbox.test.ts, over real sockets.)
 */
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

test("pages carry a nonce CSP and still work; resources carry a CSP that allows nothing", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = (await page.goto("/en"))!;
  const csp = response.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()["permissions-policy"]).toContain("camera=()");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  // Next.js's own scripts carry the nonce (else nothing would hydrate).
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  // A fresh nonce per response.
  const again = (await page.reload())!.headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  // Hydrated and interactive: sign in (client-side form), open a page with a client form.
  await signIn(page, "contributor@example.org");
  await page.goto("/en/consultations/wsis20-review/contribute");
  await page.getByLabel("Title *").fill("Typed under a strict CSP");
  await expect(page.getByLabel("Title *")).toHaveValue("Typed under a strict CSP");
  expect(violations).toEqual([]);

  for (const path of ["/api/v1/contributions", "/feed.xml", "/api/auth/csrf"]) {
    const r = await request.get(path);
    expect(r.headers()["content-security-policy"], path).toContain("default-src 'none'");
    expect(r.headers()["permissions-policy"], path).toBeTruthy();
  }
});
