/**
 * Record ids as this application makes them (cuid: letters, digits; tests also use "-" and "_").
 * Anything else (NUL, other control characters, slashes, over-long strings) can name no record:
 * callers answer NOT_FOUND without asking the database, which would reject NUL with an error.
 */
import { z } from "zod";

const ID = /^[A-Za-z0-9_-]{1,100}$/;

export function isId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

export const ZId = z.string().regex(ID, "invalid");

/** An id chosen in a form: `message` (an i18n key) when nothing or something odd was sent. */
export const zIdChoice = (message: string) => z.string().regex(ID, message);

/**
 * The message of an id that names the record acted on (a hidden field): when it can name no
 * record, the action answers NOT_FOUND like an unknown one, not a field error nobody can fix.
 */
export const NOT_FOUND_ISSUE = "notFound";
export const ZRecordId = z.string().regex(ID, NOT_FOUND_ISSUE);
