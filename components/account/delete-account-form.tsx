"use client";
/** Deleting one's account: type the e-mail address to confirm, then one button. */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { deleteAccountAction, type AccountFormState } from "@/lib/actions/account";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { LocaleField } from "@/components/forms/locale-field";

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState<AccountFormState, FormData>(deleteAccountAction, null);
  const [value, setValue] = useState("");
  const error = state && !state.ok ? state.fieldErrors?.confirmEmail?.[0] : undefined;
  return (
    <form action={action}>
      <LocaleField />
      <div className="field">
        <label htmlFor="confirm-email">{t("confirmLabel")}</label>
        <input id="confirm-email" name="confirmEmail" type="email" dir="ltr" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!error} aria-describedby={error ? "confirm-email-error" : undefined} />
        <FieldError id="confirm-email-error" message={error} />
      </div>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
      <button type="submit" className="danger" disabled={pending}>
        {t("deleteButton")}
      </button>
    </form>
  );
}
