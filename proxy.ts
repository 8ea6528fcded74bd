/**
 * Next.js 16 proxy (formerly middleware), in front of every request but Next's own assets:
 *
 * - A path that is not valid percent-encoding, or that decodes to NUL or other control
 *   characters, can name nothing: 404 before the router fails on it (it answered 500 in route
 *   handlers' dynamic segments, issue 12 item 9).
 * - next-auth values it would answer 500 to (an unparseable `callbackUrl` or `error`, a callback
 *   or session cookie with bytes it or PostgreSQL refuses) are dropped (lib/http/auth-input.ts,
 *   issue 12 item 8).
 * - A server action whose declared body exceeds the limit: 413.
 * - Pages: the locale in every URL (/contributions → /en/contributions, by Accept-Language or the
 *   NEXT_LOCALE cookie), and a Content-Security-Policy with a fresh nonce
 *   (lib/http/security-headers.ts), on the request too, where Next.js reads the nonce for its own
 *   scripts. API routes and files get next.config.js's CSP that allows nothing.
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { newNonce, pageCsp } from "./lib/http/security-headers";
import { sanitiseAuthCookies, sanitiseAuthQuery } from "./lib/http/auth-input";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/request-size";

const intl = createMiddleware(routing);
const CONTROL = /[\u0000-\u001F\u007F]/;

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return notFound();
  }
  if (CONTROL.test(path) || !path.isWellFormed()) return notFound();

  // A server action's body over the limit Next.js enforces (next.config.js, lib/request-size.ts):
  // 413 from its declared length, before anything reads it (issue 12 item 9: it was a 500). The
  // forms check the size first and say so; this is for clients that do not.
  if (request.method === "POST" && request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    return new Response("Request too large: at most 6 MB.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" } });
  }
  const base = process.env.NEXTAUTH_URL || request.nextUrl.origin;
  const headers = new Headers(request.headers);
  const cookie = sanitiseAuthCookies(request.headers.get("cookie"), base);
  if (cookie !== null) headers.set("cookie", cookie);

  const isPage = !pathname.startsWith("/api/") && !/\.[^/]*$/.test(pathname);
  if (!isPage) {
    const query = pathname.startsWith("/api/auth/") ? sanitiseAuthQuery(request.nextUrl.searchParams, base) : null;
    if (query) {
      const url = request.nextUrl.clone();
      url.search = query.toString();
      return NextResponse.rewrite(url, { request: { headers } });
    }
    return NextResponse.next({ request: { headers } });
  }
  // next-intl sets its NEXT_LOCALE cookie on requests that are (or might be) a page load: no
  // Sec-Fetch-Dest header, or "document". A cookie set in a server action's request makes Next.js
  // re-render the whole page into the action's answer (x-action-revalidated): 90 kB and a page
  // render per submission at the deadline for a client that does not send Sec-Fetch-Dest (issue
  // 11). A server action is never a page load, so it says so.
  if (request.headers.has("next-action")) headers.set("sec-fetch-dest", "empty");
  const csp = pageCsp(newNonce());
  headers.set("Content-Security-Policy", csp);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|_vercel).*)"],
};
