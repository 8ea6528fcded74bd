/**
 * ISO 3166-1 alpha-2 countries and their names in the six UN languages, from the
 * i18n-iso-countries package (its data follows ISO 3166 and Unicode CLDR).
 */
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import ru from "i18n-iso-countries/langs/ru.json";
import zh from "i18n-iso-countries/langs/zh.json";

for (const l of [ar, en, es, fr, ru, zh]) countries.registerLocale(l);

/** True for an assigned ISO 3166-1 alpha-2 code (upper case), e.g. "CH". */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Name of country `code` in `locale` (English when missing), or the code itself. */
export function countryName(code: string, locale: string): string {
  return countries.getName(code, locale, { select: "official" }) ?? countries.getName(code, "en") ?? code;
}

/** Every country as { code, name } in `locale`, sorted by name in that language. */
export function countryOptions(locale: string): { code: string; name: string }[] {
  const names = countries.getNames(locale, { select: "official" });
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
