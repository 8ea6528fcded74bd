/**
 * ALLOWED_ORIGINS (issue 12 item 11): the public host names a reverse proxy serves the portal
 * under when they differ from NEXTAUTH_URL's (e.g. "portal.example.org,www.portal.example.org").
 * next.config.js passes them to Next's serverActions.allowedOrigins (a server action posted from
 * such a host is otherwise refused as cross-site), and the sign-in confirmation accepts them.
 * Read from the environment without lib/env's parse: next.config.js and the proxy read it too.
 */
export function allowedOriginsFromEnv(value: string | undefined = process.env.ALLOWED_ORIGINS): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/.test(s));
}
