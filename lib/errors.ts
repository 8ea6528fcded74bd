/**
 * Typed application errors. Services throw AppError(code, params); server actions turn them
 * into `ActionResult` failures whose `code` the interface translates (messages `errors.<code>`).
 * Anything else is unexpected: it is logged with a correlation id and shown as a generic error.
 */
import { randomUUID } from "node:crypto";

export const ERROR_CODES = [
  "UNAUTHENTICATED", // no session: sign in
  "FORBIDDEN", // signed in, but the role does not allow it
  "NOT_FOUND", // unknown id, or one the caller may not see (never reveal which)
  "VALIDATION", // input failed the zod schema; fieldErrors say where
  "CONSULTATION_CLOSED", // params: deadline (ISO instant), timeZone
  "CONSULTATION_NOT_OPEN", // params: opensAt (ISO instant), timeZone
  "COSPONSORS_CLOSED", // the co-sponsor list locked at the consultation's deadline; params: deadline, timeZone
  "TYPE_NOT_ALLOWED",
  "NOT_AFFILIATED", // not a verified member of the organisation
  "INVALID_TRANSITION", // params: status (current)
  "CONFLICT", // changed meanwhile; params: status (current)
  "PROPOSAL_CONFLICT", // a proposal's decision changed meanwhile; params: decision (current)
  "CAMPAIGN_CONFLICT", // a member of the group joined another campaign meanwhile
  "CAMPAIGN_INVALID", // a campaign of fewer than two, without its representative, or across consultations
  "DUPLICATE_INVALID", // a duplicate mark pointing to itself, another consultation, or closing a cycle
  "ATTACHMENT_TYPE", // extension, declared type and sniffed content do not all say PDF, DOCX or ODT
  "ATTACHMENT_TOO_LARGE", // params: limit (bytes)
  "ATTACHMENT_LIMIT", // params: count (most files per contribution)
  "DOCX_TEXT_TOO_LARGE", // a DOCX whose text is too large to read into the form (or a ZIP bomb)
  "REQUEST_TOO_LARGE", // params: size, limit (MB): checked in the browser before sending
  "REQUEST_REFUSED", // the server refused the action before it ran (e.g. an origin it does not allow): told in the browser
  "COSPONSOR_NOT_SUBMITTED", // co-sponsors are invited once the contribution is submitted, never to a draft
  "SELF_ACTION", // an admin changing their own role or deactivating themselves
  "LAST_ADMIN", // the change would leave the portal without an active admin
  "CHANGED_MEANWHILE", // the record changed since the form was shown: reload and try again
  "MERGE_SAME", // merging an organisation into itself
  "STAFF_NOT_DELEGATE", // secretariat and administrators never act for a delegation
  "OWN_CASE", // nobody verifies or decides their own request or submission
  "RATE_LIMITED", // params: seconds (until the next attempt is allowed)
  "BUSY", // too many submissions at this moment; params: retryAfter (s). Nothing stored: retry with the same key
  "UNEXPECTED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly params: ErrorParams = {},
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

/** What every server action returns. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; params?: ErrorParams; fieldErrors?: Record<string, string[]>; correlationId?: string };

/** What a form action answers; `values` echoes what was typed, for forms rebuilt from the answer. */
export type FormState<T = undefined> = (ActionResult<T> & { values?: Record<string, unknown> }) | null;
export type Failure = Extract<ActionResult, { ok: false }>;

/** A server action as lib/actions/action-client.ts makes it: React's form-action shape. */
export type Action<T = undefined> = (previous: FormState<T>, input: unknown) => Promise<NonNullable<FormState<T>>>;

/** Maps any thrown value to a failed ActionResult; unexpected ones are logged with an id. */
export function toFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, params: error.params, fieldErrors: error.fieldErrors };
  }
  const correlationId = randomUUID();
  console.error(`[${correlationId}]`, error);
  return { ok: false, code: "UNEXPECTED", params: { correlationId }, correlationId };
}
