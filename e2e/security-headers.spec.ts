/**
 * Issue 12 item 6: a nonce-based Content-Security-Policy with frame-ancestors on pages (and the
 * pages still work under it: no violation reported while signing in and using a form), a CSP that
 * allows nothing on the API and feed, a Permissions-Policy everywhere. (Forwarded headers from
 * untrusted peers: tests/integration/dev-mailbox.test.ts, over real sockets.)
 */
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
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

test("a server action answers with its result, never the whole page re-rendered (issue 11)", async ({ request, baseURL }) => {
  // next-intl sets its locale cookie on what may be a page load (no Sec-Fetch-Dest), and a cookie
  // set during an action makes Next.js render the whole page into the answer: 90 kB per
  // submission at the deadline. The proxy marks actions as never a page load.
  const manifest = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const actions = Object.entries<{ exportedName?: string }>(JSON.parse(readFileSync(manifest, "utf8")).node ?? {});
  const submit = actions.find(([, a]) => a.exportedName === "submitContributionAction")?.[0];
  expect(submit).toBeTruthy();
  // A client without Sec-Fetch headers whose language differs from the page's (the cookie's trigger).
  const r = await request.post("/en/consultations/wsis20-review/contribute", {
    headers: { "Next-Action": submit!, Origin: baseURL!, Accept: "text/x-component", "Accept-Language": "fr", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([null, {}]),
  });
  expect(r.status()).toBe(200);
  expect(r.headers()["x-action-revalidated"] ?? "0").toBe("0");
  expect(r.headers()["set-cookie"] ?? "").not.toContain("NEXT_LOCALE");
  const body = await r.text();
  expect(body).toContain('"ok":false'); // the action's own answer (anonymous, empty input)...
  expect(body.length).toBeLessThan(2_000); // ...and nothing else
});

test("the public list from the page cache has a nonce of its own, and its scripts run under it", async ({ browser }) => {
  // A visitor without cookies (lib/http/page-cache/ keeps anonymous page loads only).
  const page = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const url = "/en/contributions?type=GENERAL_INPUT&page=1";
  const nonces: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = (await page.goto(url))!;
    if (i > 0) expect(response.headers()["x-portal-cache"]).toBe("hit");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])![1];
    nonces.push(nonce);
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const n of scripts) expect(n).toBe(nonce);
    // Next's client started (its runtime sets window.next): the scripts were allowed to run.
    await page.waitForFunction(() => "next" in window);
  }
  expect(new Set(nonces).size).toBe(3);
  expect(violations).toEqual([]);
  await page.context().close();
});

test("a page from the cache sets the language cookie exactly as next-intl does", async ({ baseURL }) => {
  // A French browser opening an English page: next-intl remembers the language chosen.
  const url = `${baseURL}/en/contributions?lang=en&type=GENERAL_INPUT`;
  const headers = { "accept-language": "fr", "sec-fetch-dest": "document" };
  const first = await fetch(url, { headers });
  await first.text();
  expect(first.headers.get("x-portal-cache")).toBe("miss");
  const second = await fetch(url, { headers });
  await second.text();
  expect(second.headers.get("x-portal-cache")).toBe("hit");
  expect(second.headers.get("set-cookie")).toBe(first.headers.get("set-cookie"));
  expect(second.headers.get("set-cookie")).toMatch(/^NEXT_LOCALE=en;/);
});
