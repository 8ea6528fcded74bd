/**
 * getActor(): who is calling, loaded once per request (React cache) from the session cookie and
 * the database — roles and verified memberships always come from the database, never from the
 * client.
 *
 * The cookie is next-auth's database session (lib/auth/options.ts: strategy "database"); it is
 * read here directly, in one statement with the person and their memberships
 * (loadActorBySessionToken), rather than through next-auth's getServerSession() and a second
 * lookup. Signing in and out stay next-auth's.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { authOptions } from "./options";
import { loadActorBySessionToken } from "./load-actor";
import { ANONYMOUS, type Actor } from "./permissions";

/** next-auth's cookie name: "__Secure-" prefixed when the portal is served over HTTPS. */
export const SESSION_COOKIE = `${authOptions.useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

export const getActor = cache(async (): Promise<Actor> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return ANONYMOUS;
  return (await loadActorBySessionToken(token)) ?? ANONYMOUS;
});
