/**
 * Localised labels of the exports (column headers, document labels, enum values) in the
 * requester's interface language, from the interface's own catalogues (messages/*.json, keys
 * `export`, `status`, `contributionType`, `membershipCategory`, `stakeholderGroup`), rendered with
 * next-intl's createTranslator so they work outside a React request too (tests, workers).
 */
import { createTranslator } from "next-intl";
import { catalogueFor, catalogues } from "@/i18n/catalogues";
import { localeDirection, type AppLocale } from "@/i18n/routing";
import { nativeLanguageName } from "@/lib/reference";

export type ExportLocale = AppLocale;

/** `locale` when the interface has it, else English. */
export function exportLocale(locale: string | null | undefined): ExportLocale {
  return catalogueFor(locale ?? "en").locale;
}

/** Labels for one export in `locale` (any of the six interface languages; else English). */
export function exportLabels(locale: string) {
  const l = exportLocale(locale);
  const t = createTranslator({ locale: l, messages: catalogues[l], namespace: "export" });
  const enumLabel = (namespace: "status" | "contributionType" | "membershipCategory" | "stakeholderGroup") => {
    const labels = catalogues[l][namespace] as Record<string, string>;
    return (code: string) => labels[code] ?? code;
  };
  // ITU documents write English dates day first ("30 November 2026"), as British English does.
  const dateFormat = new Intl.DateTimeFormat(l === "en" ? "en-GB" : l, { dateStyle: "long", timeZone: "UTC" });
  return {
    locale: l,
    direction: localeDirection(l),
    t,
    status: enumLabel("status"),
    type: enumLabel("contributionType"),
    membershipCategory: enumLabel("membershipCategory"),
    stakeholderGroup: enumLabel("stakeholderGroup"),
    /** The language's own name and its code, e.g. "العربية (ar)", so any reader finds it. */
    language: (code: string | null) => (code ? `${nativeLanguageName(code)} (${code})` : ""),
    /** A date as a reader expects it, in UTC, e.g. "30 November 2026". */
    date: (d: Date) => dateFormat.format(d),
  };
}

export type ExportLabels = ReturnType<typeof exportLabels>;
