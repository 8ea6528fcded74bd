"use client";
/**
 * The message of a failed server action, in the interface language. Instants in the params are
 * shown in their consultation's time zone; statuses are translated.
 */
import { forwardRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ErrorCode, ErrorParams } from "@/lib/errors";

export function useActionErrorMessage() {
  const t = useTranslations("errors");
  const ts = useTranslations("status");
  const td = useTranslations("proposals.decisions");
  const format = useFormatter();
  return (code: ErrorCode, params: ErrorParams = {}): string => {
    const tz = typeof params.timeZone === "string" ? params.timeZone : "UTC";
    const when = (iso: unknown) =>
      typeof iso === "string" ? format.dateTime(new Date(iso), { dateStyle: "full", timeStyle: "short", timeZone: tz }) : "";
    const values: Record<string, string> = {
      deadline: when(params.deadline),
      opensAt: when(params.opensAt),
      timeZone: tz,
      status: typeof params.status === "string" && ts.has(params.status) ? ts(params.status) : String(params.status ?? ""),
      decision: typeof params.decision === "string" && td.has(params.decision) ? td(params.decision) : String(params.decision ?? ""),
      correlationId: String(params.correlationId ?? ""),
      size: String(params.size ?? ""),
      limit: String(params.limit ?? ""),
      // BUSY: "the form sends it again in {retryAfter} seconds" (without it the message failed to format and showed its key).
      retryAfter: String(params.retryAfter ?? ""),
    };
    return t(code, values);
  };
}

export const ActionError = forwardRef<HTMLDivElement, { code: ErrorCode; params?: ErrorParams; children?: React.ReactNode }>(function ActionError(
  { code, params, children },
  ref,
) {
  const message = useActionErrorMessage();
  return (
    <div ref={ref} className="notice error" role="alert" tabIndex={-1}>
      <p>{message(code, params)}</p>
      {children}
    </div>
  );
});
