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

// White space, format characters (Cf: joiners, direction marks and overrides, soft hyphen)
// and controls are invisible on their own. A text needs at least one other character.
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}]/u;

/** True when `s` contains at least one visible character. */
export function hasVisibleText(s: string): boolean {
  return VISIBLE.test(s);
}

/**
 * A required text of `min`–`max` code points after trimming, with at least one visible character.
 * Direction marks and joiners inside words are kept: they are legitimate in Arabic and Persian.
 */
export function requiredText(max: number, min = 1) {
  return z
    .string({ error: "required" })
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "required", abort: true })
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
    .refine((s) => s.trim().length > 0, { message: "required", abort: true })
    .refine(hasVisibleText, { message: "invisibleOnly", abort: true })
    .refine((s) => codePointLength(s) <= max, { message: `tooLong:${max}` });
}

/** An optional text of at most `max` code points ("" when empty). */
export function optionalText(max: number) {
  return z
    .string()
    .default("")
    .transform((s) => s.trim())
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
