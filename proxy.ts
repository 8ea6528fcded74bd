/**
 * Next.js 16 proxy (formerly middleware): puts the locale in every page URL
 * (/contributions → /en/contributions, by Accept-Language or the NEXT_LOCALE cookie).
 * API routes, Next's assets and files with an extension are left alone.
 */
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
