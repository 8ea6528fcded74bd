import { afterEach, describe, expect, it } from "vitest";
import { oidcName, oidcProvider, oidcSignInAllowed } from "@/lib/auth/oidc";

const KEYS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NAME"] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of KEYS) if (saved[k] === undefined) delete process.env[k];
  else process.env[k] = saved[k];
});

describe("OpenID Connect configuration", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    for (const k of KEYS) delete process.env[k];
    expect(oidcProvider()).toBeNull();
    process.env.OIDC_ISSUER = "https://login.example.org/realm/";
    process.env.OIDC_CLIENT_ID = "portal";
    expect(oidcProvider()).toBeNull();
    process.env.OIDC_CLIENT_SECRET = "secret";
    const p = oidcProvider()!;
    expect(p).toMatchObject({ id: "oidc", type: "oauth", idToken: true, checks: ["pkce", "state"], wellKnown: "https://login.example.org/realm/.well-known/openid-configuration", clientId: "portal" });
    expect(oidcName()).toBe("your organisation's sign-in");
    process.env.OIDC_NAME = "Example Ministry";
    expect(oidcName()).toBe("Example Ministry");
    process.env.OIDC_ISSUER = "not a url";
    expect(oidcProvider()).toBeNull();
  });

  it("maps the profile with a lower-cased address, and accepts only verified addresses", () => {
    process.env.OIDC_ISSUER = "https://login.example.org";
    process.env.OIDC_CLIENT_ID = "portal";
    process.env.OIDC_CLIENT_SECRET = "secret";
    expect(oidcProvider()!.profile({ sub: "abc", email: " Ada@Example.ORG ", name: "Ada" }, {})).toEqual({ id: "abc", email: "ada@example.org", name: "Ada", image: null });
    expect(oidcSignInAllowed({ sub: "abc", email: "ada@example.org", email_verified: true })).toBe(true);
    expect(oidcSignInAllowed({ sub: "abc", email: "ada@example.org", email_verified: false })).toBe(false);
    expect(oidcSignInAllowed({ sub: "abc", email: "ada@example.org", email_verified: "true" })).toBe(false);
    expect(oidcSignInAllowed({ sub: "abc", email_verified: true })).toBe(false);
    expect(oidcSignInAllowed(undefined)).toBe(false);
  });
});
