/**
 * Security headers (issue 12 item 6). Pages get a Content-Security-Policy with a fresh nonce per
 * request (proxy.ts; Next.js puts the nonce on its own scripts when it finds it in the request's
 * CSP header); every response gets frame-ancestors 'none', a Permissions-Policy, and, when the
 * portal is served over HTTPS (NEXTAUTH_URL's scheme), HSTS. Pure: no Next.js import.
 *
 * style-src keeps 'unsafe-inline': React renders `style` attributes (charts, a few layouts),
 * which nonces cannot cover; scripts, the real risk, need the nonce ('strict-dynamic' lets
 * Next.js's nonce'd loader pull its chunks).
 */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return /^https:\/\//i.test(publicUrl ?? "");
}

export function pageCsp(nonce: string, https = servedOverHttps()): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For everything that is not a page (API, feed, files): nothing to run, never framed. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const HSTS = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
