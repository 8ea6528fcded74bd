/**
 * What next-auth must never see (issue 12 item 8): it answers 500 ("server configuration") to a
 * `callbackUrl` query value or callback-url cookie it cannot parse, and the session lookup fails
 * on a session cookie holding NUL or other bytes PostgreSQL refuses. proxy.ts drops such values
 * before any route or page runs: a dropped callbackUrl means "back to the start page", a dropped
 * cookie means "not signed in". Pure (URL and string work only).
 */
import { cookiePart } from "./cookies";

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** next-auth's own test (core/lib/assert.js isValidHttpUrl), plus no control characters. */
export function isUsableCallbackUrl(value: string, base: string): boolean {
  if (!value || value.length > 2000 || CONTROL.test(value) || !value.isWellFormed()) return false;
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** next-auth's error codes are words ("Verification", "AccessDenied"). */
export function isUsableAuthError(value: string): boolean {
  return /^[A-Za-z]{1,64}$/.test(value);
}

const CALLBACK_COOKIE = /^(__Secure-)?next-auth\.callback-url$/;
const TOKEN_COOKIE = /^(__Secure-|__Host-)?next-auth\.(session-token|csrf-token)$/;
// Session tokens are UUIDs or hex; the CSRF cookie is "<hex>|<hex>" (URL-encoded "|").
const TOKEN_VALUE = /^[A-Za-z0-9._~%|-]{1,512}$/;

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The Cookie header without next-auth cookies it would choke on; null when nothing changes.
 * Other cookies are passed as they came.
 */
export function sanitiseAuthCookies(header: string | null, base: string): string | null {
  if (!header) return null;
  let changed = false;
  const kept = header.split(";").filter((part) => {
    const { name, value } = cookiePart(part);
    let ok = true;
    if (CALLBACK_COOKIE.test(name)) {
      const v = decoded(value);
      ok = v !== null && isUsableCallbackUrl(v, base);
    } else if (TOKEN_COOKIE.test(name)) {
      const v = decoded(value);
      ok = TOKEN_VALUE.test(value) && v !== null && !CONTROL.test(v);
    } else if (/[^\u0020-\u007E]/.test(part)) {
      // Raw bytes outside printable ASCII (NUL, controls, undecoded UTF-8): drop the cookie.
      ok = false;
    }
    if (!ok) changed = true;
    return ok;
  });
  return changed ? kept.join(";") : null;
}

/** The query without an unusable callbackUrl or error; null when nothing changes. */
export function sanitiseAuthQuery(params: URLSearchParams, base: string): URLSearchParams | null {
  const next = new URLSearchParams(params);
  let changed = false;
  for (const v of params.getAll("callbackUrl")) if (!isUsableCallbackUrl(v, base)) changed = true;
  for (const v of params.getAll("error")) if (!isUsableAuthError(v)) changed = true;
  if (!changed) return null;
  const callbacks = params.getAll("callbackUrl").filter((v) => isUsableCallbackUrl(v, base));
  const errors = params.getAll("error").filter(isUsableAuthError);
  next.delete("callbackUrl");
  next.delete("error");
  if (callbacks[0]) next.set("callbackUrl", callbacks[0]);
  if (errors[0]) next.set("error", errors[0]);
  return next;
}
