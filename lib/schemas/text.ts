/**
 * Text field rules shared by the browser, the server and (by limit) the database.
 *
 * Lengths count Unicode code points ([...s].length), not UTF-16 units, so an Arabic or Chinese
 * text has the same limit everywhere (PostgreSQL's char_length also counts code points).
 * Validation messages are i18n keys with an optional argument, "key" or "key:arg";
 * components/forms/field-error.tsx translates them (messages `validation.*`).
 */
import { z } from "zod";

/** Number of Unicode code points in `s`. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// A visible character is a letter, digit, punctuation mark or symbol that is not
// default-ignorable (Unicode's DerivedCoreProperties: joiners, direction marks, variation
// selectors, Hangul fillers…) and not the blank Braille pattern. Spaces, combining marks alone,
// format and control characters are not visible on their own.
const CANDIDATE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u2800]/u;

/** True when `s` contains at least one visible character. */
export function hasVisibleText(s: string): boolean {
  for (const ch of s) if (CANDIDATE.test(ch) && !INVISIBLE.test(ch)) return true;
  return false;
}

// Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) in a one-line text
// can reverse the text shown after it (a title in a citation, an e-mail subject). Marks
// (U+200E, U+200F, U+061C) and joiners stay allowed: Arabic and Persian need them.
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/** Control characters other than tab and line breaks; NUL cannot be stored by PostgreSQL. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/**
 * Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and
 * U+FFFF among them): XML 1.0 forbids U+FFFE/U+FFFF outright and discourages the others, and one
 * of them in a published title made the Atom feed ill-formed for everyone (issue 12 item 17).
 */
const NONCHARACTERS = /\p{Noncharacter_Code_Point}/u;

/**
 * Text PostgreSQL and every later consumer (HTML, the Atom feed, XLSX, DOCX) can hold: well-formed
 * UTF-16, no NUL or other controls, no noncharacters.
 */
export function isStorable(s: string): boolean {
  return s.isWellFormed() && !CONTROLS.test(s) && !NONCHARACTERS.test(s);
}

/**
 * Unicode Normalization Form C: the composed form, so text pasted in decomposed form (NFD, as
 * some systems produce) is stored, searched and compared as the same characters (issue 12 item
 * 18). Ill-formed text is left as it is (isStorable refuses it).
 */
export function nfc(s: string): string {
  return s.isWellFormed() ? s.normalize("NFC") : s;
}

/**
 * A required text of `min`–`max` code points after trimming, with at least one visible character.
 * Direction marks and joiners inside words are kept: they are legitimate in Arabic and Persian.
 */
export function requiredText(max: number, min = 1, { singleLine = false } = {}) {
  return z
    .string({ error: "required" })
    .transform((s) => nfc(s.trim()))
    .refine((s) => s.length > 0, { message: "required", abort: true })
    .refine(isStorable, { message: "invalidCharacters", abort: true })
    .refine((s) => !BIDI_CONTROLS.test(s), { message: "bidiControls", abort: true })
    .refine((s) => !singleLine || !/[\r\n\t]/.test(s), { message: "singleLine", abort: true })
    .refine(hasVisibleText, { message: "invisibleOnly", abort: true })
    .refine((s) => codePointLength(s) >= min, { message: `tooShort:${min}` })
    .refine((s) => codePointLength(s) <= max, { message: `tooLong:${max}` });
}

/**
 * A required long text kept exactly as typed (no trimming): a contribution's body must read the
 * same as the delegation's document, including leading spaces, tabs and non-breaking spaces.
 */
export function exactText(max: number) {
  return z
    .string({ error: "required" })
    .transform(nfc)
    .refine((s) => s.trim().length > 0, { message: "required", abort: true })
    .refine(isStorable, { message: "invalidCharacters", abort: true })
    .refine(hasVisibleText, { message: "invisibleOnly", abort: true })
    .refine((s) => codePointLength(s) <= max, { message: `tooLong:${max}` });
}

/** An optional text of at most `max` code points ("" when empty; else it must be visible). */
export function optionalText(max: number) {
  return z
    .string()
    .default("")
    .transform((s) => nfc(s.trim()))
    .refine(isStorable, { message: "invalidCharacters", abort: true })
    .refine((s) => s === "" || hasVisibleText(s), { message: "invisibleOnly", abort: true })
    .refine((s) => codePointLength(s) <= max, { message: `tooLong:${max}` });
}

/** Field errors of a failed parse, keyed by dotted path: { "title": ["required"] }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
