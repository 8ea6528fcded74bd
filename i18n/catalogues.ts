/**
 * The interface catalogues (messages/*.json), one per locale of i18n/routing.ts: the pages
 * (i18n/request.ts), the e-mails (lib/email/templates.ts) and the exports' labels
 * (lib/exports/labels.ts) all read them from here. tests/unit/catalogues.test.ts checks that
 * each has exactly the keys of en.json and valid ICU messages.
 */
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import type { AppLocale } from "./routing";

export type Messages = typeof en;

// TEMPORARY while the fr/es/ru/zh catalogues are being translated (branch `translate`):
// those locales read English. Each is replaced by its real import as it is merged.
export const catalogues: Record<AppLocale, Messages> = { en, ar, fr: en, es: en, ru: en, zh: en };

/** The catalogue of `locale`, English for anything else. */
export function catalogueFor(locale: string): { locale: AppLocale; messages: Messages } {
  const l = (Object.hasOwn(catalogues, locale) ? locale : "en") as AppLocale;
  return { locale: l, messages: catalogues[l] };
}
