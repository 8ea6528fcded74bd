"use client";
/** Withdrawal by the contribution's organisation, with an optional reason (kept on refusal). */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { withdrawContributionAction, type WithdrawState } from "@/lib/actions/withdraw-contribution";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { LocaleField } from "@/components/forms/locale-field";

export function WithdrawForm({ contributionId, status }: { contributionId: string; status: string }) {
  const t = useTranslations("withdraw");
  const [state, action, pending] = useActionState<WithdrawState, FormData>(withdrawContributionAction, null);
  const [reason, setReason] = useState("");
  return (
    <section className="aside-panel" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading" style={{ marginBlockStart: 0 }}>
        {t("heading")}
      </h2>
      <p className="hint">{t("intro")}</p>
      <form action={action}>
        <LocaleField />
        <input type="hidden" name="contributionId" value={contributionId} />
        <input type="hidden" name="expectedStatus" value={status} />
        <div className="field">
          <label htmlFor="withdraw-reason">{t("reason")}</label>
          <textarea id="withdraw-reason" name="reason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={state && !state.ok && state.fieldErrors?.reason ? "withdraw-reason-error" : undefined} />
          <FieldError id="withdraw-reason-error" message={state && !state.ok ? state.fieldErrors?.reason?.[0] : undefined} />
        </div>
        {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
        <button type="submit" className="danger" disabled={pending}>
          {pending ? t("working") : t("button")}
        </button>
      </form>
    </section>
  );
}
