/**
 * The interface catalogues (messages/*.json), one per locale of i18n/routing.ts: the pages
 * (i18n/request.ts), the e-mails (lib/email/templates.ts) and the exports' labels
 * (lib/exports/labels.ts) all read them from here. tests/unit/catalogues.test.ts checks that
 * each has exactly the keys of en.json and valid ICU messages; the type below, that each has
 * the shape of en.json.
 */
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import ru from "@/messages/ru.json";
import zh from "@/messages/zh.json";
import type { AppLocale } from "./routing";

export type Messages = typeof en;

export const catalogues: Record<AppLocale, Messages> = { en, ar, fr, es, ru, zh };

/** The catalogue of `locale`, English for anything else. */
export function catalogueFor(locale: string): { locale: AppLocale; messages: Messages } {
  const l = (Object.hasOwn(catalogues, locale) ? locale : "en") as AppLocale;
  return { locale: l, messages: catalogues[l] };
}
