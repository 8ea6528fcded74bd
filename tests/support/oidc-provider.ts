/**
 * A real OpenID provider on the loopback interface, for the tests of "sign in through an
 * organisation's identity provider": panva's oidc-provider (OpenID Certified), with its built-in
 * development login and consent forms, one test client (the portal) and test accounts.
 *
 * Run by Playwright as a web server (playwright.config.ts) when OIDC_TEST_PORT is set, which
 * scripts/test.ts does together with the portal's OIDC_* variables:
 *   tsx tests/support/oidc-provider.ts
 * Environment: OIDC_TEST_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PORTAL_URL (the portal's
 * origin, for the redirect URI).
 *
 * The development login form accepts any password; the login names the account (TEST_ACCOUNTS).
 */
import Provider, { type Configuration } from "oidc-provider";

export interface TestAccount {
  email: string;
  name: string;
  emailVerified: boolean;
}

/** Login name → claims. */
export const TEST_ACCOUNTS: Record<string, TestAccount> = {
  // A person the portal does not know yet: created at first sign-in.
  "idp.newcomer": { email: "newcomer@idp.example.org", name: "Idris Newcomer", emailVerified: true },
  // The seeded contributor: linked by verified e-mail to the existing account.
  "idp.contributor": { email: "contributor@example.org", name: "Contributor via IdP", emailVerified: true },
  // Claims an existing address without the provider vouching for it: refused.
  "idp.unverified": { email: "focal.point@example.org", name: "Not verified", emailVerified: false },
};

export function providerConfiguration(opts: { clientId: string; clientSecret: string; portalUrl: string }): Configuration {
  return {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [`${opts.portalUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    async findAccount(_ctx, sub) {
      const account = TEST_ACCOUNTS[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the person from the ID token (idToken: true): put the scopes' claims there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["test-only-cookie-key-not-secret"] },
    ttl: { Session: 600, Interaction: 600, Grant: 600, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 },
  };
}

export async function startTestProvider(opts: { port: number; clientId: string; clientSecret: string; portalUrl: string }) {
  const issuer = `http://127.0.0.1:${opts.port}`;
  const provider = new Provider(issuer, providerConfiguration(opts));
  const server = provider.listen(opts.port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => server.once("listening", resolve).once("error", reject));
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.OIDC_TEST_PORT);
  const { OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, PORTAL_URL: portalUrl } = process.env;
  if (!port || !clientId || !clientSecret || !portalUrl) {
    console.error("Set OIDC_TEST_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and PORTAL_URL.");
    process.exit(2);
  }
  const { issuer } = await startTestProvider({ port, clientId, clientSecret, portalUrl });
  console.log(`Test OpenID provider at ${issuer}`);
}
