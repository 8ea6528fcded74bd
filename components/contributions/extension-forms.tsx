"use client";
/** Asking for (organisation) and answering (secretariat) a deadline extension for one contribution. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { answerExtensionAction, requestExtensionAction } from "@/lib/actions/extensions";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function RequestExtensionForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("extension");
  const f = useActionForm(requestExtensionAction);
  const [note, setNote] = useState("");
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit}>
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="extension-note">{t("note")}</label>
        <textarea id="extension-note" name="note" dir="auto" value={note} onChange={(e) => setNote(e.target.value)} {...f.errorProps("note", "extension-note-error")} style={{ minBlockSize: "4rem" }} />
        <FieldError id="extension-note-error" message={f.fieldError("note")} />
      </div>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("request")}
      </button>
    </form>
  );
}

export function AnswerExtensionForm({ contributionId, timeZone }: { contributionId: string; timeZone: string }) {
  const t = useTranslations("extension");
  const f = useActionForm(answerExtensionAction);
  const [values, setValues] = useState({ until: "", reason: "" });
  const id = (field: string) => `${field}-${contributionId}`;
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit}>
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="field">
        <label htmlFor={id("until")}>{t("until", { timeZone })}</label>
        <input id={id("until")} name="until" type="datetime-local" value={values.until} onChange={(e) => setValues({ ...values, until: e.target.value })} {...f.errorProps("until", `${id("until")}-error`)} />
        <FieldError id={`${id("until")}-error`} message={f.fieldError("until")} />
      </div>
      <div className="field">
        <label htmlFor={id("reason")}>{t("reason")}</label>
        <textarea id={id("reason")} name="reason" dir="auto" value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} {...f.errorProps("reason", `${id("reason")}-error`)} style={{ minBlockSize: "3rem" }} />
        <FieldError id={`${id("reason")}-error`} message={f.fieldError("reason")} />
      </div>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      <div className="form-actions">
        <button type="submit" name="decision" value="grant" disabled={f.pending}>
          {t("grant")}
        </button>
        <button type="submit" name="decision" value="refuse" className="danger" disabled={f.pending}>
          {t("refuse")}
        </button>
      </div>
    </form>
  );
}
