/**
 * Texts stored per language as JSON ({ "en": "…", "ar": "…" }, consultations and questions):
 * the viewer's language when present, else English, else any; with the language it is in.
 */
import type { LocalisedText } from "@/lib/reference";

export function pickLocalised(value: unknown, locale: string): LocalisedText {
  const map = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  for (const lang of [locale, "en", ...Object.keys(map)]) {
    const text = map[lang];
    if (typeof text === "string" && text.length > 0) return { text, lang };
  }
  return { text: "", lang: locale };
}
