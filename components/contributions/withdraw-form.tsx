"use client";
/** Withdrawal by the contribution's organisation, with an optional reason (kept on refusal). */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { withdrawContributionAction } from "@/lib/actions/withdraw-contribution";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function WithdrawForm({ contributionId, status }: { contributionId: string; status: string }) {
  const t = useTranslations("withdraw");
  const f = useActionForm(withdrawContributionAction);
  const [reason, setReason] = useState("");
  return (
    <section className="aside-panel" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading" style={{ marginBlockStart: 0 }}>
        {t("heading")}
      </h2>
      <p className="hint">{t("intro")}</p>
      <form {...f.form}>
        <input type="hidden" name="contributionId" value={contributionId} />
        <input type="hidden" name="expectedStatus" value={status} />
        <div className="field">
          <label htmlFor="withdraw-reason">{t("reason")}</label>
          <textarea id="withdraw-reason" name="reason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={f.invalid("reason")} aria-describedby={f.fieldError("reason") ? "withdraw-reason-error" : undefined} />
          <FieldError id="withdraw-reason-error" message={f.fieldError("reason")} />
        </div>
        {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
        <button type="submit" className="danger" disabled={f.pending}>
          {f.pending ? t("working") : t("button")}
        </button>
      </form>
    </section>
  );
}
