/**
 * Sign-in through an organisation's identity provider: OpenID Connect through next-auth's
 * generic OAuth provider (authorisation code flow, PKCE and state checked, the person read from
 * the ID token). Configured by OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME (the
 * button's label); off when they are unset. E-mail links stay.
 *
 * Linking: a person the portal already knows is linked by e-mail address only when the provider
 * says it verified that address (`email_verified: true`, checked in the signIn callback of
 * options.ts); otherwise the sign-in is refused, so a provider cannot take over an account by
 * claiming its address. The redirect URI to register with the provider is
 * <NEXTAUTH_URL>/api/auth/callback/oidc.
 */
import type { OAuthConfig } from "next-auth/providers/oauth";

export const OIDC_PROVIDER_ID = "oidc";

export interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/**
 * The settings, read from process.env directly rather than through env(): next-auth's options
 * are built when the module loads, which must not require the rest of the environment (the
 * build has no database). env() validates the same variables when the server runs.
 */
function settings() {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: name } = process.env;
  if (!issuer || !clientId || !clientSecret || !URL.canParse(issuer)) return null;
  return { issuer, clientId, clientSecret, name: name?.trim() || "your organisation's sign-in" };
}

/** The provider's display name, or null when OpenID Connect is off. */
export function oidcName(): string | null {
  return settings()?.name ?? null;
}

export function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const s = settings();
  if (!s) return null;
  const e = { OIDC_ISSUER: s.issuer, OIDC_CLIENT_ID: s.clientId, OIDC_CLIENT_SECRET: s.clientSecret, OIDC_NAME: s.name };
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    // Safe here only because the signIn callback refuses unverified addresses (see above).
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      return { id: profile.sub, name: profile.name ?? null, email: profile.email?.trim().toLowerCase() ?? null, image: null };
    },
  };
}

/** The signIn callback's rule for this provider: a verified e-mail address is required. */
export function oidcSignInAllowed(profile: unknown): boolean {
  const p = profile as OidcProfile | undefined;
  return !!p && p.email_verified === true && typeof p.email === "string" && p.email.includes("@");
}
