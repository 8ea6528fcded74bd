"use client";
/** Deleting one's account: type the e-mail address to confirm, then one button. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { deleteAccountAction } from "@/lib/actions/account";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const f = useActionForm(deleteAccountAction);
  const state = f.failure;
  const pending = f.pending;
  const [value, setValue] = useState("");
  const error = state ? state.fieldErrors?.confirmEmail?.[0] : undefined;
  return (
    <form {...f.form}>
      <div className="field">
        <label htmlFor="confirm-email">{t("confirmLabel")}</label>
        <input id="confirm-email" name="confirmEmail" type="email" dir="ltr" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!error} aria-describedby={error ? "confirm-email-error" : undefined} />
        <FieldError id="confirm-email-error" message={error} />
      </div>
      {state && state.code !== "VALIDATION" && <ActionError {...f.summary} code={state.code} params={state.params} />}
      <button type="submit" className="danger" disabled={pending}>
        {t("deleteButton")}
      </button>
    </form>
  );
}
