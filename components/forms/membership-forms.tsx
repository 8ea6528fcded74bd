"use client";
/** Small forms of affiliation management: the secretariat's verify/reject, a focal point's add/remove. */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { addContributorAction, removeContributorAction, verifyAffiliationAction, type FormState } from "@/lib/actions/affiliations";
import { ActionError } from "./action-error";
import { FieldError } from "./field-error";
import { LocaleField } from "@/components/forms/locale-field";

export function VerifyAffiliationForm({ membershipId }: { membershipId: string }) {
  const t = useTranslations("verify");
  const [state, action, pending] = useActionState<FormState, FormData>(verifyAffiliationAction, null);
  const [reason, setReason] = useState("");
  const id = `reason-${membershipId}`;
  return (
    <form action={action}>
      <LocaleField />
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="field">
        <label htmlFor={id}>{t("reason")}</label>
        <textarea id={id} name="reason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} style={{ minBlockSize: "3rem" }} />
        <FieldError id={`${id}-error`} message={state && !state.ok ? state.fieldErrors?.reason?.[0] : undefined} />
      </div>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
      <div className="form-actions">
        <button type="submit" name="decision" value="verify" disabled={pending}>
          {t("verify")}
        </button>
        <button type="submit" name="decision" value="reject" className="danger" disabled={pending}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}

export function AddContributorForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("members");
  const [state, action, pending] = useActionState<FormState, FormData>(addContributorAction, null);
  const [values, setValues] = useState({ email: "", name: "" });
  const fieldError = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  return (
    <form action={action} className="toolbar">
      <LocaleField />
      <input type="hidden" name="organisationId" value={organisationId} />
      <div className="field">
        <label htmlFor="member-email">{t("email")}</label>
        <input id="member-email" name="email" type="email" dir="ltr" value={values.email} onChange={(e) => setValues({ ...values, email: e.target.value })} />
        <FieldError id="member-email-error" message={fieldError("email")} />
      </div>
      <div className="field">
        <label htmlFor="member-name">{t("name")}</label>
        <input id="member-name" name="name" type="text" dir="auto" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
        <FieldError id="member-name-error" message={fieldError("name")} />
      </div>
      <button type="submit" disabled={pending}>
        {t("addButton")}
      </button>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}

export function RemoveContributorButton({ membershipId }: { membershipId: string }) {
  const t = useTranslations("members");
  const [state, action, pending] = useActionState<FormState, FormData>(removeContributorAction, null);
  return (
    <form action={action} style={{ display: "inline" }}>
      <LocaleField />
      <input type="hidden" name="membershipId" value={membershipId} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("remove")}
      </button>
      {state && !state.ok && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}
