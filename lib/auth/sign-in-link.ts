/**
 * Sign-in links and mail scanners (issue 12 item 15). next-auth's e-mail link
 * (/api/auth/callback/email?token=…) uses up its one-time token on the first GET, so a security
 * scanner that opens links in incoming mail signed itself in and left the person with "That
 * sign-in link is no longer valid". The e-mailed link now opens a confirmation page
 * (/<locale>/signin/confirm?…, GET changes nothing); its button POSTs to the callback, which is
 * when the token is used. A GET of the callback itself (an old link) is sent to that page too.
 */
import { routing } from "@/i18n/routing";

const LOCALES = routing.locales as readonly string[];

/** The locale a sign-in should continue in: the callbackUrl's first segment, else the default. */
export function localeOfCallback(callbackUrl: string | null, fallback: string = routing.defaultLocale): string {
  const path = (callbackUrl ?? "").replace(/^https?:\/\/[^/]+/, "");
  const segment = path.split("/")[1] ?? "";
  return LOCALES.includes(segment) ? segment : LOCALES.includes(fallback) ? fallback : routing.defaultLocale;
}

/** The confirmation page for next-auth's callback URL `callback` (same query: token, email, callbackUrl). */
export function confirmationUrl(callback: string, locale?: string): string {
  const url = new URL(callback);
  const lang = localeOfCallback(url.searchParams.get("callbackUrl"), locale);
  return `${url.origin}${url.pathname.replace(/\/api\/auth\/callback\/email$/, "")}/${lang}/signin/confirm${url.search}`;
}
