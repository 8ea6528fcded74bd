/**
 * The interface catalogues (messages/*.json) are complete and well-formed in every language of
 * i18n/routing.ts. A key added to en.json fails here until it exists in all six; a key left
 * behind in one catalogue fails too. Every message must parse as ICU MessageFormat, use the
 * same arguments and tags as the English one, give plural branches for exactly the categories
 * Intl.PluralRules has in that language (plus `other` and `=n`), the English select keys, and not
 * be English left untranslated (allow-list below).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { routing } from "@/i18n/routing";

type Tree = { [k: string]: string | Tree };
const dir = path.resolve(import.meta.dirname, "..", "..", "messages");
const load = (locale: string): Tree | null => {
  const file = path.join(dir, `${locale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Tree) : null;
};
const flatten = (tree: Tree, prefix = ""): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as const] : [...flatten(v, `${prefix}${k}.`)])),
  );

const en = flatten(load("en")!);

/** Arguments, tags, plural and select elements of a parsed message, depth first. */
function walk(elements: MessageFormatElement[], visit: (e: MessageFormatElement) => void) {
  for (const e of elements) {
    visit(e);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) walk(option.value, visit);
    if (e.type === TYPE.tag) walk(e.children, visit);
  }
}
const names = (elements: MessageFormatElement[]) => {
  const out = new Set<string>();
  walk(elements, (e) => {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time || e.type === TYPE.plural || e.type === TYPE.select) out.add(`{${e.value}}`);
    if (e.type === TYPE.tag) out.add(`<${e.value}>`);
  });
  return [...out].sort();
};

/**
 * Messages that may read exactly as in English: names and codes that are not translated (JSON,
 * OpenAPI, MOD, e-mail addresses…). Anything else identical to English is taken for a string
 * nobody translated. A message whose text, once these tokens, arguments and tags are removed,
 * holds no letter at all (e.g. "{code} — {title}") is allowed anyway.
 */
const UNTRANSLATED_TOKENS = /\b(JSON|OpenAPI|CSV|XLSX|DOCX|PDF|ODT|ZIP|Atom|Excel|Word|URL|ICT|ICTs|ITU|WSIS|WSIS\+20|SDGs?|CWG-WSIS&SDG|ISO|IANA|UTC|ID|MOD|ADD|SUP|NOC|Rev|Add|Corr|e-mail|[\w.+-]+@[\w.-]+|https?:\/\/\S+|C\d{1,2}|[A-Z]{2,}-?\d*)\b/g;
/** Words spelled the same in English and in that language (checked one by one, not guessed). */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ["Consultation", "Consultations", "Contribution", "Contribution *", "Contributions", "Organisation", "Organisation *", "Type", "Version", "Version {n}", "Versions", "Total", "Dates", "Documents", "Message", "Administration", "Question {n}", "Participant", "Pages", "Affiliations", "Organisations", "Action", "action", "contribution", "page", "Addendum", "Corrigendum", "Publication"],
  // ITU's own Spanish term for a corrigendum.
  es: ["Total", "Corrigendum"],
};
function readsAsEnglishOnPurpose(message: string): boolean {
  const stripped = message
    .replace(/<\/?[a-zA-Z]+>/g, "")
    .replace(/\{[^{}]*\}/g, "")
    .replace(UNTRANSLATED_TOKENS, "");
  return !/\p{L}/u.test(stripped);
}

/**
 * An `=n` branch stands for category `c` when n is the only count (0–1000) in `c`: Arabic's
 * `zero` is 0 alone, so `=0 {…}` covers it; English `one` is 1 alone, so `=1` covers it too.
 */
function coveredByExactValue(locale: string, type: "cardinal" | "ordinal", c: string, exact: number[]): boolean {
  const rules = new Intl.PluralRules(locale, { type });
  const members = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === c);
  return members.length === 1 && exact.includes(members[0]);
}

describe("message catalogues", () => {
  it("English parses", () => {
    for (const [key, message] of en) expect(() => parse(message), key).not.toThrow();
  });

  for (const locale of routing.locales) {
    describe(locale, () => {
      const tree = load(locale);
      it("exists", () => {
        expect(tree, `messages/${locale}.json`).not.toBeNull();
      });
      if (!tree) return;
      const messages = flatten(tree);

      it("has every key of en.json and no other", () => {
        const missing = [...en.keys()].filter((k) => !messages.has(k));
        const extra = [...messages.keys()].filter((k) => !en.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it("parses as ICU, with the English arguments and tags", () => {
        const bad: string[] = [];
        for (const [key, message] of messages) {
          if (!en.has(key)) continue;
          try {
            const got = names(parse(message));
            const want = names(parse(en.get(key)!));
            if (got.join() !== want.join()) bad.push(`${key}: ${got.join(" ")} ≠ English ${want.join(" ")}`);
          } catch (e) {
            bad.push(`${key}: ${(e as Error).message}`);
          }
        }
        expect(bad).toEqual([]);
      });

      it("gives plural branches for exactly this language's categories, and the English select keys", () => {
        const cardinal = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
        const ordinal = new Set<string>(new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories);
        const bad: string[] = [];
        for (const [key, message] of messages) {
          let elements: MessageFormatElement[];
          try {
            elements = parse(message);
          } catch {
            continue; // reported by the parse test
          }
          const englishSelects = new Map<string, string>();
          if (en.has(key)) walk(parse(en.get(key)!), (e) => e.type === TYPE.select && englishSelects.set(e.value, Object.keys(e.options).sort().join()));
          walk(elements, (e) => {
            if (e.type === TYPE.plural) {
              const want = e.pluralType === "ordinal" ? ordinal : cardinal;
              const got = new Set(Object.keys(e.options).filter((k) => !/^=\d+$/.test(k)));
              const exact = Object.keys(e.options).filter((k) => /^=\d+$/.test(k)).map((k) => Number(k.slice(1)));
              const missing = [...want].filter((c) => !got.has(c) && !coveredByExactValue(locale, e.pluralType ?? "cardinal", c, exact));
              const extra = [...got].filter((c) => !want.has(c));
              if (missing.length || extra.length) bad.push(`${key} {${e.value}}: missing ${missing.join(" ") || "–"}, not in ${locale}: ${extra.join(" ") || "–"}`);
            }
            if (e.type === TYPE.select && englishSelects.has(e.value) && englishSelects.get(e.value) !== Object.keys(e.options).sort().join()) {
              bad.push(`${key} {${e.value}, select}: ${Object.keys(e.options).sort().join()} ≠ English ${englishSelects.get(e.value)}`);
            }
          });
        }
        expect(bad).toEqual([]);
      });

      if (locale !== "en") {
        it("leaves nothing in English by accident", () => {
          const same = [...messages].filter(([key, m]) => en.get(key) === m && !SAME_AS_ENGLISH[locale]?.includes(m) && !readsAsEnglishOnPurpose(m)).map(([key, m]) => `${key}: ${m}`);
          expect(same).toEqual([]);
        });
      }
    });
  }
});
