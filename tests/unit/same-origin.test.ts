/**
 * Login CSRF (issue 12): the sign-in confirmation's POST is accepted only from this portal's own
 * pages (lib/http/same-origin.ts), and ALLOWED_ORIGINS is read strictly (lib/http/allowed-origins.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { isSameOriginPost } from "@/lib/http/same-origin";
import { allowedOriginsFromEnv } from "@/lib/http/allowed-origins";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/api/auth/callback/email?token=t", { method: "POST", headers });
const saved = { url: process.env.NEXTAUTH_URL, allowed: process.env.ALLOWED_ORIGINS };
afterEach(() => {
  process.env.NEXTAUTH_URL = saved.url;
  process.env.ALLOWED_ORIGINS = saved.allowed;
  if (saved.url === undefined) delete process.env.NEXTAUTH_URL;
  if (saved.allowed === undefined) delete process.env.ALLOWED_ORIGINS;
});

describe("a POST from this portal's page, or not", () => {
  it("accepts the confirmation form's own post (same origin, as browsers say it)", () => {
    delete process.env.NEXTAUTH_URL;
    expect(isSameOriginPost(post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginPost(post({ origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOriginPost(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("refuses a post from another site, another port, a sandboxed page, or with no origin at all", () => {
    delete process.env.NEXTAUTH_URL;
    expect(isSameOriginPost(post({ origin: "https://attacker.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginPost(post({ origin: "https://attacker.example" }))).toBe(false);
    expect(isSameOriginPost(post({ origin: "http://localhost:3001" }))).toBe(false);
    expect(isSameOriginPost(post({ origin: "null" }))).toBe(false);
    expect(isSameOriginPost(post({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginPost(post({}))).toBe(false);
  });

  it("the portal's origin is NEXTAUTH_URL's, plus a proxy's public names from ALLOWED_ORIGINS", () => {
    process.env.NEXTAUTH_URL = "https://portal.example.org";
    process.env.ALLOWED_ORIGINS = "wsis.example.int, *.itu.example";
    expect(isSameOriginPost(post({ origin: "https://portal.example.org" }))).toBe(true);
    expect(isSameOriginPost(post({ origin: "http://localhost:3000" }))).toBe(false);
    expect(isSameOriginPost(post({ origin: "https://wsis.example.int" }))).toBe(true);
    expect(isSameOriginPost(post({ origin: "https://a.itu.example" }))).toBe(true);
    expect(isSameOriginPost(post({ origin: "https://a.b.itu.example" }))).toBe(false);
    expect(isSameOriginPost(post({ origin: "https://evilitu.example" }))).toBe(false);
  });

  it("ALLOWED_ORIGINS keeps host names only (a scheme, a path or a stray space is not a host)", () => {
    expect(allowedOriginsFromEnv(" A.example.org ,https://b.example.org,c.example.org/x,*.d.example.org,,e.example.org:8443")).toEqual(["a.example.org", "*.d.example.org", "e.example.org:8443"]);
    expect(allowedOriginsFromEnv(undefined)).toEqual([]);
  });
});
