"use client";
/**
 * The secretariat's controls on a meeting's document list: list a published document by its
 * document number (the number typed stays on a refusal, with the reason next to the field), and
 * take one off (a plain form: works without JavaScript).
 */
import { useTranslations } from "next-intl";
import { addMeetingDocumentAction, removeMeetingDocumentAction } from "@/lib/actions/meetings";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";

export function MeetingDocumentForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetings");
  const f = useActionForm(addMeetingDocumentAction);
  const error = f.fieldError("documentNumber");
  const typed = f.failure ? String((f.values as Record<string, unknown> | undefined)?.documentNumber ?? "") : "";
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit} key={f.ok ? "added" : typed}>
      <h2>{t("addHeading")}</h2>
      {f.failure && !error && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      {f.ok && (
        <p className="notice success" role="status">
          {t("added")}
        </p>
      )}
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="field">
        <label htmlFor="meeting-document-number">{t("addLabel")}</label>
        <input
          id="meeting-document-number"
          name="documentNumber"
          dir="ltr"
          defaultValue={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "meeting-document-number-hint meeting-document-number-error" : "meeting-document-number-hint"}
        />
        <p id="meeting-document-number-hint" className="hint">
          {t("addHint")}
        </p>
        <FieldError id="meeting-document-number-error" message={error} />
      </div>
      <button type="submit" disabled={f.pending}>
        {t("add")}
      </button>
    </form>
  );
}

export function RemoveMeetingDocumentButton({ meetingId, contributionId, documentNumber }: { meetingId: string; contributionId: string; documentNumber: string }) {
  const t = useTranslations("meetings");
  const f = useActionForm(removeMeetingDocumentAction);
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit}>
      {f.failure && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="contributionId" value={contributionId} />
      <button type="submit" className="secondary" aria-label={t("removeLabel", { number: documentNumber })}>
        {t("remove")}
      </button>
    </form>
  );
}
