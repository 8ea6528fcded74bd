/**
 * ITU document numbers, pure: the base number `CWG-WSIS&SDG/WSIS20/5`, then a part
 * `(Rev.n)`, `(Add.n)` or `(Corr.n)`, then a language letter for a language version
 * (`-A` Arabic, `-C` Chinese, `-E` English, `-F` French, `-R` Russian, `-S` Spanish), as ITU
 * writes them: `CWG-WSIS&SDG/WSIS20/5(Rev.1)-F`. The database stores the base number on the
 * contribution and each part's kind and n on its row; these functions are the only place the
 * printed form is made or read.
 */
export const PART_KINDS = ["REVISION", "ADDENDUM", "CORRIGENDUM"] as const;
export type PartKind = (typeof PART_KINDS)[number];

const ABBREVIATION: Record<PartKind, string> = { REVISION: "Rev", ADDENDUM: "Add", CORRIGENDUM: "Corr" };
const KIND_OF: Record<string, PartKind> = { Rev: "REVISION", Add: "ADDENDUM", Corr: "CORRIGENDUM" };

/** ITU's letter for each of the six official languages (the portal's language codes). */
export const LANGUAGE_LETTER = { ar: "A", zh: "C", en: "E", fr: "F", ru: "R", es: "S" } as const;
export type DocumentLanguage = keyof typeof LANGUAGE_LETTER;
const LANGUAGE_OF = Object.fromEntries(Object.entries(LANGUAGE_LETTER).map(([l, c]) => [c, l])) as Record<string, DocumentLanguage>;

export interface DocumentNumber {
  /** The consultation's code, e.g. WSIS20. */
  series: string;
  /** The number in the series, 1, 2, … */
  n: number;
  part?: { kind: PartKind; n: number } | null;
  language?: DocumentLanguage | null;
}

/** The base number of the `n`th document of `series`: CWG-WSIS&SDG/WSIS20/5. */
export function baseDocumentNumber(series: string, n: number): string {
  return `CWG-WSIS&SDG/${series}/${n}`;
}

/** `(Rev.1)`, `(Add.2)`, `(Corr.1)`. */
export function partSuffix(kind: PartKind, n: number): string {
  return `(${ABBREVIATION[kind]}.${n})`;
}

/**
 * The printed number of a base document number with an optional part and language:
 * `withPart("CWG-WSIS&SDG/WSIS20/5", { kind: "REVISION", n: 1 }, "fr")` is
 * `CWG-WSIS&SDG/WSIS20/5(Rev.1)-F`. An unknown language adds no letter.
 */
export function withPart(base: string, part?: { kind: PartKind; n: number } | null, language?: string | null): string {
  const letter = language && language in LANGUAGE_LETTER ? `-${LANGUAGE_LETTER[language as DocumentLanguage]}` : "";
  return `${base}${part && part.n > 0 ? partSuffix(part.kind, part.n) : ""}${letter}`;
}

export function formatDocumentNumber(d: DocumentNumber): string {
  return withPart(baseDocumentNumber(d.series, d.n), d.part, d.language);
}

const PATTERN = /^CWG-WSIS&SDG\/([A-Za-z0-9-]{1,40})\/([1-9][0-9]{0,8})(?:\((Rev|Add|Corr)\.([1-9][0-9]{0,4})\))?(?:-([ACEFRS]))?$/;

/** Reads a printed number (surrounding spaces ignored); null when it is not one. */
export function parseDocumentNumber(s: string): DocumentNumber | null {
  const m = PATTERN.exec(s.trim());
  if (!m) return null;
  return {
    series: m[1],
    n: Number(m[2]),
    part: m[3] ? { kind: KIND_OF[m[3]], n: Number(m[4]) } : null,
    language: m[5] ? LANGUAGE_OF[m[5]] : null,
  };
}

/** The base number of a printed one (drops part and language); null when it is not one. */
export function baseOf(s: string): string | null {
  const d = parseDocumentNumber(s);
  return d ? baseDocumentNumber(d.series, d.n) : null;
}
