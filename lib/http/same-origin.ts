/**
 * Was a browser's POST sent by a page of this portal? (issue 12, login CSRF). Used where a POST
 * changes who is signed in and no form token can be checked: the sign-in link's confirmation
 * button POSTs to next-auth's e-mail callback, which checks no CSRF token, so without this a
 * page elsewhere holding a link could sign a visitor's browser into the link's account.
 *
 * Browsers say where a request comes from: `Sec-Fetch-Site` (same-origin / same-site /
 * cross-site / none) and, on every POST, `Origin` (the portal sends Referrer-Policy
 * strict-origin-when-cross-origin, so it is never "null" for its own forms). A POST with neither
 * did not come from a browser's page (a script holding the link can sign itself in anyway, it
 * gains nothing), so it is refused too: the confirmation page is the only way in.
 */
import { allowedOriginsFromEnv } from "./allowed-origins";

/** This portal's origin: NEXTAUTH_URL's, else the request's own. */
export function portalOrigin(request: Request): string {
  return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : new URL(request.url).origin;
}

export function isSameOriginPost(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return site === "same-origin";
  if (origin === portalOrigin(request)) return true;
  // A proxy's public name (ALLOWED_ORIGINS, "*.example.org" for any one level below it).
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  return allowedOriginsFromEnv().some((allowed) => (allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) && !host.slice(0, -allowed.length + 1).includes(".") : host === allowed));
}
