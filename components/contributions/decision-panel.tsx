"use client";
/**
 * The secretariat's decisions on one contribution: one small form per transition open from the
 * current status. Each form carries the status the person is looking at (expectedStatus), so a
 * decision on a contribution that changed meanwhile is refused with its new status.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { decideContributionAction } from "@/lib/actions/decide-contribution";
import type { Decision } from "@/lib/schemas/decision";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { reasonCodesFor } from "@/lib/workflow/reason-codes";

const REASON_LABEL: Record<Decision, "reason" | "message" | "note" | null> = {
  startReview: null,
  accept: "note",
  reject: "reason",
  requestChanges: "message",
};

function DecisionForm({ decision, contributionId, status }: { decision: Decision; contributionId: string; status: string }) {
  const t = useTranslations("decision");
  const tr = useTranslations("reasonCodes");
  const f = useActionForm(decideContributionAction);
  const [reasonCode, setReasonCode] = useState("");
  const codes = reasonCodesFor(decision);
  // Controlled: React resets uncontrolled fields after a form action, and a refused decision
  // must keep what the secretariat typed.
  const [reason, setReason] = useState("");
  const reasonLabel = REASON_LABEL[decision];
  // A code or a text: the text is required only while no code is chosen.
  const required = (decision === "reject" || decision === "requestChanges") && !reasonCode;
  const id = `${decision}-reason`;
  return (
    <form {...f.form} aria-labelledby={`${decision}-button`}>
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="expectedStatus" value={status} />
      {codes.length > 0 && (
        <div className="field">
          <label htmlFor={`${decision}-code`}>{t("reasonCode")}</label>
          <select id={`${decision}-code`} name="reasonCode" value={reasonCode} onChange={(e) => setReasonCode(e.target.value)} aria-describedby={`${decision}-code-hint`}>
            <option value="">{t("noReasonCode")}</option>
            {codes.map((c) => (
              <option key={c} value={c}>
                {tr(`${c}.label`)}
              </option>
            ))}
          </select>
          <p id={`${decision}-code-hint`} className="hint">
            {reasonCode ? tr(`${reasonCode as (typeof codes)[number]}.message`) : t("reasonCodeHint")}
          </p>
        </div>
      )}
      {reasonLabel && (
        <div className="field">
          <label htmlFor={id}>{t(reasonLabel)}</label>
          <textarea
            id={id}
            name="reason"
            dir="auto"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required={required}
            aria-invalid={f.invalid("reason")}
            aria-describedby={f.fieldError("reason") ? `${id}-error` : undefined}
          />
          <FieldError id={`${id}-error`} message={f.fieldError("reason")} />
        </div>
      )}
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      <button id={`${decision}-button`} type="submit" className={decision === "reject" ? "danger" : decision === "accept" ? "" : "secondary"} disabled={f.pending}>
        {f.pending ? t("working") : t(decision)}
      </button>
    </form>
  );
}

export function DecisionPanel({ contributionId, status, decisions }: { contributionId: string; status: string; decisions: Decision[] }) {
  const t = useTranslations("decision");
  return (
    <section className="aside-panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading" style={{ marginBlockStart: 0 }}>
        {t("heading")}
      </h2>
      {decisions.length === 0 ? <p>{t("none")}</p> : decisions.map((d) => <DecisionForm key={d} decision={d} contributionId={contributionId} status={status} />)}
    </section>
  );
}
