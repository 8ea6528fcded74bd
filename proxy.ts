/**
 * Next.js 16 proxy (formerly middleware): puts the locale in every page URL
 * (/contributions → /en/contributions, by Accept-Language or the NEXT_LOCALE cookie) and gives
 * every page a Content-Security-Policy with a fresh nonce (lib/http/security-headers.ts): the CSP
 * goes on the request too, where Next.js reads the nonce for its own scripts.
 * API routes, Next's assets and files with an extension are left alone (next.config.js gives
 * them a CSP that allows nothing). A path that is not valid percent-encoding can name no page:
 * 404, before the router fails on it.
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { newNonce, pageCsp } from "./lib/http/security-headers";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const csp = pageCsp(newNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
