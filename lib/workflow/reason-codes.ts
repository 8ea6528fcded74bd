/**
 * Reusable reason codes for rejections and change requests (issue #4). The set is fixed here;
 * each code's label and default message, in every interface language, are in messages/*.json
 * under `reasonCodes.<CODE>` (`label`, `message`). A decision may carry one code: it is stored in
 * the decision's audit event (data.reasonCode), and the e-mail to the contributor states the
 * code's message in the recipient's language, followed by the secretariat's own text if any.
 * Pure: shared by schemas, services, e-mail templates and forms.
 */
export const REJECT_REASON_CODES = ["OUT_OF_SCOPE", "NOT_ELIGIBLE", "DUPLICATE_INPUT", "LATE", "INAPPROPRIATE"] as const;
export const CHANGES_REASON_CODES = ["MISSING_INFORMATION", "ACTION_LINES_UNCLEAR", "TOO_LONG", "SUMMARY_MISSING", "ATTACHMENT_PROBLEM"] as const;
export const REASON_CODES = [...REJECT_REASON_CODES, ...CHANGES_REASON_CODES] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The codes a decision may carry (none for start review and accept). */
export function reasonCodesFor(decision: string): readonly ReasonCode[] {
  if (decision === "reject") return REJECT_REASON_CODES;
  if (decision === "requestChanges") return CHANGES_REASON_CODES;
  return [];
}

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === "string" && (REASON_CODES as readonly string[]).includes(value);
}
