/**
 * Interface languages and URL shape: the locale is the first path segment (/en/…, /ar/…).
 * English and Arabic are complete; French, Spanish, Russian and Chinese follow (issue 5 of the
 * tracker adds their catalogues and lists them here).
 */
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "ar"],
  defaultLocale: "en",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];
