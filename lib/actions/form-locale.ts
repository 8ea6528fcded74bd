/**
 * The interface language a form was posted from (its hidden "locale" field), for redirecting back
 * to the same language. Anything not a supported locale falls back to the default. Not a server
 * action module: a helper the actions share.
 */
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";

export function localeOf(form: FormData): string {
  const requested = String(form.get("locale") ?? "");
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}
