/**
 * getActor reads next-auth's session cookie itself (lib/auth/actor.ts), so its name must be the
 * one next-auth sets: "__Secure-" prefixed when the portal is served over HTTPS, else plain.
 * A mismatch signs everyone out in production while every test over plain HTTP passes.
 * (Here, not in tests/unit: lib/auth/options imports the database client.)
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRequire } from "node:module";
import path from "node:path";

// next-auth's own cookie names; the module is not in its package exports, hence the file path.
const { defaultCookies } = createRequire(import.meta.url)(path.join(process.cwd(), "node_modules/next-auth/core/lib/cookie.js")) as {
  defaultCookies: (secure: boolean) => { sessionToken: { name: string } };
};

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
  vi.resetModules();
});

async function cookieNameFor(url: string) {
  process.env.NEXTAUTH_URL = url;
  vi.resetModules();
  const { SESSION_COOKIE } = await import("@/lib/auth/actor");
  const { authOptions } = await import("@/lib/auth/options");
  // next-auth's choice: its own cookie names unless the options rename them (they must not).
  expect(authOptions.cookies?.sessionToken).toBeUndefined();
  return { ours: SESSION_COOKIE, nextAuths: defaultCookies(url.startsWith("https://")).sessionToken.name };
}

describe("the session cookie getActor reads", () => {
  it("is next-auth's __Secure- cookie when the portal is served over HTTPS", async () => {
    const { ours, nextAuths } = await cookieNameFor("https://wsis.example.org");
    expect(ours).toBe("__Secure-next-auth.session-token");
    expect(ours).toBe(nextAuths);
  });

  it("is next-auth's plain cookie over HTTP (development, the tests)", async () => {
    const { ours, nextAuths } = await cookieNameFor("http://localhost:3000");
    expect(ours).toBe("next-auth.session-token");
    expect(ours).toBe(nextAuths);
  });
});
