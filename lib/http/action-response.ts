/**
 * ActionResult as an HTTP response, for route handlers that cannot be server actions (streamed
 * uploads): JSON `{ ok: true, data }` or `{ ok: false, code, params }` (lib/errors.ts), with an
 * HTTP status that says the same thing to clients and logs.
 */
import { toFailure, type ActionResult, type ErrorCode } from "@/lib/errors";

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  ATTACHMENT_TYPE: 415,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_LIMIT: 409,
  RATE_LIMITED: 429,
  UNEXPECTED: 500,
};

export function resultResponse<T>(result: ActionResult<T>, okStatus = 200): Response {
  const status = result.ok ? okStatus : (STATUS[result.code] ?? 400);
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!result.ok && result.code === "RATE_LIMITED") headers["Retry-After"] = String(result.params?.seconds ?? 60);
  return Response.json(result, { status, headers });
}

/** Any thrown value as a failed result response (unexpected ones are logged by toFailure). */
export function failureResponse(error: unknown): Response {
  return resultResponse(toFailure(error));
}
