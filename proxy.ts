/**
 * Next.js 16 proxy (formerly middleware): puts the locale in every page URL
 * (/contributions → /en/contributions, by Accept-Language or the NEXT_LOCALE cookie).
 * API routes, Next's assets and files with an extension are left alone. A path that is not
 * valid percent-encoding can name no page: 404, before the router fails on it.
 */
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return intl(request);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
