/**
 * Reference data of the WSIS+20 portal, read from `wsis.json` (a copy of
 * ../shared/reference/wsis.json; each record there names its source).
 *
 * Rule for titles (product brief, "Reference data"): a title is shown in the viewer's language
 * only when a source gave it and no `knownIssue` is flagged; otherwise the English title is shown,
 * marked `lang="en"`. We never invent an official title. Sources, in order: wsis.json, then the
 * sourced additions of terms-found.json (a copy of ../shared/reference/terms-found.json: e.g.
 * ITU Council labels of C2 and C5 in Spanish and Chinese, UN SDG titles in Arabic).
 */
import data from "./wsis.json";
import found from "./terms-found.json";

export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
/** The six UN languages: ar, zh, en, fr, ru, es (ISO 639-1). */
export type LanguageCode = (typeof LANGUAGES)[number];

/** Writing direction of a UN language (wsis.json `languages[].dir`). */
export function directionOf(lang: string): "rtl" | "ltr" {
  return data.languages.find((l) => l.code === lang)?.dir === "rtl" ? "rtl" : "ltr";
}

/** Native name of a language, e.g. "العربية" for "ar". */
export function nativeLanguageName(lang: string): string {
  return data.languages.find((l) => l.code === lang)?.name_native ?? lang;
}

/** A text and the language it is actually in (may differ from the one asked for). */
export interface LocalisedText {
  text: string;
  lang: string;
}

type Titles = Record<string, { text: string; knownIssue?: string } | undefined>;

function pick(english: string, titles: Titles | undefined, locale: string, more?: Titles): LocalisedText {
  for (const t of [titles?.[locale], more?.[locale]]) {
    if (locale !== "en" && t?.text && !t.knownIssue) return { text: t.text, lang: locale };
  }
  return { text: english, lang: "en" };
}

/** terms-found.json's sourced titles of `group` ("actionLines" by code, "sdgs" by number). */
function foundTitles(group: "actionLines" | "sdgs" | "c7Subitems", key: string): Titles | undefined {
  return (found[group] as Record<string, Titles | undefined>)[key];
}

export const ACTION_LINE_CODES = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"] as const;
export type ActionLineCode = (typeof ACTION_LINE_CODES)[number];

/** Title of Action Line `code` (C1–C11) for `locale`; English with lang "en" when not sourced. */
export function actionLineTitle(code: string, locale: string): LocalisedText {
  const line = data.actionLines.find((l) => l.code === code);
  if (!line) return { text: code, lang: "en" };
  return pick(line.title_en, line.titles as Titles, locale, foundTitles("actionLines", code));
}

export const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

/** Short title of SDG `n` (1–17) for `locale`; English with lang "en" when unsourced or flagged. */
export function sdgTitle(n: number, locale: string): LocalisedText {
  const goal = data.sdgs.find((s) => s.number === n);
  if (!goal) return { text: String(n), lang: "en" };
  return pick(goal.title_en, goal.titles_short as Titles, locale, foundTitles("sdgs", String(n)));
}

/** ITU administrative regions A–E (wsis.json ituRegions.administrative). */
export const ITU_REGIONS = data.ituRegions.administrative.regions.map((r) => r.code);

/**
 * The lead facilitator of Action Line `code` as the sources name it (an acronym, e.g. "ITU"),
 * or null where the data flags it as uncertain or per sub-item: never shown as a guess.
 */
export function leadFacilitator(code: string): string | null {
  const lead = data.actionLines.find((l) => l.code === code)?.lead_facilitator;
  return typeof lead === "string" && /^[A-Z]{2,10}$/.test(lead) ? lead : null;
}

/** Keys of the C7 sub-items, in the Plan of Action's order (checked against wsis.json by a unit test). */
export const C7_SUBITEM_KEYS = ["e-government", "e-business", "e-learning", "e-health", "e-employment", "e-environment", "e-agriculture", "e-science"] as const;

/** The title of C7 sub-item `key` in `locale` (the key itself if unknown). */
export function c7SubitemTitle(key: string, locale: string): LocalisedText {
  return c7Subitems(locale).find((s) => s.key === key)?.title ?? { text: key, lang: "en" };
}

/** The C7 sub-items (e-government … e-science), titled in `locale` where sourced. */
export function c7Subitems(locale: string): { key: string; title: LocalisedText }[] {
  return data.c7Subitems.map((s) => ({ key: s.key, title: pick(s.title_en, s.titles as Titles, locale, foundTitles("c7Subitems", s.key)) }));
}
