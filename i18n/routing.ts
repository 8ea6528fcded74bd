/**
 * Interface languages and URL shape: the locale is the first path segment (/en/…, /fr/…).
 * The six UN languages; only Arabic is written right to left. `/` and any address without a
 * locale negotiate from the NEXT_LOCALE cookie (a language chosen earlier), else Accept-Language,
 * else English (next-intl's middleware, proxy.ts).
 */
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "ar", "fr", "es", "ru", "zh"],
  defaultLocale: "en",
  localePrefix: "always",
  // The language versions are listed in each public page's <head> (i18n/metadata.ts), not in a Link header on every response.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** Writing direction of an interface language. */
export function localeDirection(locale: string): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
