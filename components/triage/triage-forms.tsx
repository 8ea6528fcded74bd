"use client";
/** The secretariat's triage forms on a contribution: assignment, due date and internal notes. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { addNoteAction, assignAction, setDueDateAction } from "@/lib/actions/triage";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function AssignForm({ contributionId, assigneeId, assignees }: { contributionId: string; assigneeId: string | null; assignees: { id: string; name: string | null; email: string }[] }) {
  const t = useTranslations("triage");
  const f = useActionForm(assignAction);
  return (
    <form {...f.form} className="toolbar">
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="assigneeId">{t("assignee")}</label>
        <select id="assigneeId" name="assigneeId" defaultValue={assigneeId ?? ""}>
          <option value="">{t("unassigned")}</option>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name ?? a.email}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("assign")}
      </button>
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}

export function AddNoteForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("triage");
  const f = useActionForm(addNoteAction);
  const [text, setText] = useState("");
  return (
    <form {...f.form}>
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="note-text">{t("note")}</label>
        <textarea id="note-text" name="text" dir="auto" value={text} onChange={(e) => setText(e.target.value)} {...f.errorProps("text", "note-text-error")} style={{ minBlockSize: "4rem" }} />
        <FieldError id="note-text-error" message={f.fieldError("text")} />
      </div>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("addNote")}
      </button>
    </form>
  );
}

/** The due day (UTC calendar day) of a contribution: set, change or clear. */
export function DueDateForm({ contributionId, dueOn }: { contributionId: string; dueOn: string | null }) {
  const t = useTranslations("triage");
  const f = useActionForm(setDueDateAction);
  const [value, setValue] = useState(dueOn ?? "");
  return (
    <form {...f.form} className="toolbar">
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="dueOn">{t("dueOn")}</label>
        <input id="dueOn" name="dueOn" type="date" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={f.invalid("dueOn")} aria-describedby={f.fieldError("dueOn") ? "dueOn-error" : undefined} />
        <FieldError id="dueOn-error" message={f.fieldError("dueOn")} />
      </div>
      <button type="submit" className="secondary" disabled={f.pending}>
        {t("setDue")}
      </button>
      {dueOn && (
        <button type="submit" name="clear" value="1" className="secondary" disabled={f.pending}>
          {t("clearDue")}
        </button>
      )}
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
    </form>
  );
}
