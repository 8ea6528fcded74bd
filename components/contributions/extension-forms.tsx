"use client";
/** Asking for (organisation) and answering (secretariat) a deadline extension for one contribution. */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { answerExtensionAction, requestExtensionAction, type ExtensionState } from "@/lib/actions/extensions";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { LocaleField } from "@/components/forms/locale-field";

export function RequestExtensionForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("extension");
  const [state, action, pending] = useActionState<ExtensionState, FormData>(requestExtensionAction, null);
  const [note, setNote] = useState("");
  return (
    <form action={action}>
      <LocaleField />
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="extension-note">{t("note")}</label>
        <textarea id="extension-note" name="note" dir="auto" value={note} onChange={(e) => setNote(e.target.value)} style={{ minBlockSize: "4rem" }} />
        <FieldError id="extension-note-error" message={state && !state.ok ? state.fieldErrors?.note?.[0] : undefined} />
      </div>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
      <button type="submit" className="secondary" disabled={pending}>
        {t("request")}
      </button>
    </form>
  );
}

export function AnswerExtensionForm({ contributionId, timeZone }: { contributionId: string; timeZone: string }) {
  const t = useTranslations("extension");
  const [state, action, pending] = useActionState<ExtensionState, FormData>(answerExtensionAction, null);
  const [values, setValues] = useState({ until: "", reason: "" });
  const error = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const id = (f: string) => `${f}-${contributionId}`;
  return (
    <form action={action}>
      <LocaleField />
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="field">
        <label htmlFor={id("until")}>{t("until", { timeZone })}</label>
        <input id={id("until")} name="until" type="datetime-local" value={values.until} onChange={(e) => setValues({ ...values, until: e.target.value })} />
        <FieldError id={`${id("until")}-error`} message={error("until")} />
      </div>
      <div className="field">
        <label htmlFor={id("reason")}>{t("reason")}</label>
        <textarea id={id("reason")} name="reason" dir="auto" value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} style={{ minBlockSize: "3rem" }} />
        <FieldError id={`${id("reason")}-error`} message={error("reason")} />
      </div>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
      <div className="form-actions">
        <button type="submit" name="decision" value="grant" disabled={pending}>
          {t("grant")}
        </button>
        <button type="submit" name="decision" value="refuse" className="danger" disabled={pending}>
          {t("refuse")}
        </button>
      </div>
    </form>
  );
}
