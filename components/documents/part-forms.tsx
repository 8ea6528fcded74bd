"use client";
/**
 * Forms for revisions, addenda and corrigenda: the secretariat's request and decision, the
 * organisation's text. Fields are controlled so a refused post keeps everything typed.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { decideDocumentPartAction, requestDocumentPartAction, submitDocumentPartAction } from "@/lib/actions/document-parts";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { PART_KINDS, type PartKind } from "@/lib/reference/document-number";

function Text({ id, name, label, value, onChange, f, multiline, required = true, hint }: { id: string; name: string; label: string; value: string; onChange: (v: string) => void; f: { invalid: (n: string) => boolean | undefined; fieldError: (n: string) => string | undefined }; multiline?: boolean; required?: boolean; hint?: string }) {
  const describedBy = [hint ? `${id}-hint` : "", f.fieldError(name) ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const props = { id, name, dir: "auto", value, required, "aria-invalid": f.invalid(name) ?? false, "aria-describedby": describedBy };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {multiline ? <textarea {...props} rows={6} onChange={(e) => onChange(e.target.value)} /> : <input {...props} onChange={(e) => onChange(e.target.value)} />}
      <FieldError id={`${id}-error`} message={f.fieldError(name)} />
    </div>
  );
}

function KindSelect({ id, value, onChange }: { id: string; value: PartKind; onChange: (k: PartKind) => void }) {
  const t = useTranslations("documents");
  return (
    <div className="field">
      <label htmlFor={id}>{t("kindLabel")}</label>
      <select id={id} name="kind" value={value} onChange={(e) => onChange(e.target.value as PartKind)}>
        {PART_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The secretariat asks the organisation for a revision, addendum or corrigendum. */
export function RequestPartForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("documents");
  const f = useActionForm(requestDocumentPartAction);
  const [kind, setKind] = useState<PartKind>("REVISION");
  const [note, setNote] = useState("");
  return (
    <form {...f.form} aria-labelledby="request-part-heading">
      <h3 id="request-part-heading">{t("requestHeading")}</h3>
      <input type="hidden" name="contributionId" value={contributionId} />
      <KindSelect id="request-part-kind" value={kind} onChange={setKind} />
      <Text id="request-part-note" name="note" label={t("note")} value={note} onChange={setNote} f={f} multiline />
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      {f.ok && (
        <p className="notice success" role="status">
          {t("done.REQUESTED")}
        </p>
      )}
      <button type="submit" className="secondary" disabled={f.pending}>
        {f.pending ? t("working") : t("request")}
      </button>
    </form>
  );
}

/** The organisation's text: the answer to a request (partId and kind fixed) or its own. */
export function SubmitPartForm({ contributionId, request }: { contributionId: string; request?: { id: string; kind: PartKind } }) {
  const t = useTranslations("documents");
  const f = useActionForm(submitDocumentPartAction);
  const [kind, setKind] = useState<PartKind>(request?.kind ?? "REVISION");
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [body, setBody] = useState("");
  const prefix = request ? `part-${request.id}` : "submit-part";
  return (
    <form {...f.form} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{request ? t("answerHeading", { kind: request.kind }) : t("submitHeading")}</h3>
      <input type="hidden" name="contributionId" value={contributionId} />
      {request ? (
        <>
          <input type="hidden" name="partId" value={request.id} />
          <input type="hidden" name="kind" value={request.kind} />
        </>
      ) : (
        <KindSelect id={`${prefix}-kind`} value={kind} onChange={setKind} />
      )}
      <Text id={`${prefix}-title`} name="title" label={t("title")} value={title} onChange={setTitle} f={f} />
      <Text id={`${prefix}-summary`} name="summary" label={t("summary")} value={summary} onChange={setSummary} f={f} multiline required={false} />
      <Text id={`${prefix}-body`} name="body" label={t("body")} hint={t("bodyHint")} value={body} onChange={setBody} f={f} multiline />
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      {f.ok && (
        <p className="notice success" role="status">
          {t("done.SUBMITTED")}
        </p>
      )}
      <button type="submit" disabled={f.pending}>
        {f.pending ? t("working") : t("submit")}
      </button>
    </form>
  );
}

/** The secretariat's decision on one submitted part (with the status it saw). */
export function PartDecisionForm({ partId, status }: { partId: string; status: string }) {
  const t = useTranslations("documents");
  const f = useActionForm(decideDocumentPartAction);
  const [reason, setReason] = useState("");
  const id = `part-${partId}-reason`;
  return (
    <form {...f.form} aria-label={t("decide")}>
      <input type="hidden" name="partId" value={partId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <Text id={id} name="reason" label={t("reason")} value={reason} onChange={setReason} f={f} multiline required={false} />
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      <div className="toolbar">
        <button type="submit" name="decision" value="accept" disabled={f.pending}>
          {t("accept")}
        </button>
        <button type="submit" name="decision" value="reject" className="danger" disabled={f.pending}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
