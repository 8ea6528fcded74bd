"use client";
/** The secretariat's triage forms on a contribution: assignment, due date and internal notes. */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { addNoteAction, assignAction, setDueDateAction, type TriageState } from "@/lib/actions/triage";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { LocaleField } from "@/components/forms/locale-field";

export function AssignForm({ contributionId, assigneeId, assignees }: { contributionId: string; assigneeId: string | null; assignees: { id: string; name: string | null; email: string }[] }) {
  const t = useTranslations("triage");
  const [state, action, pending] = useActionState<TriageState, FormData>(assignAction, null);
  return (
    <form action={action} className="toolbar">
      <LocaleField />
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
      <button type="submit" className="secondary" disabled={pending}>
        {t("assign")}
      </button>
      {state && !state.ok && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}

export function AddNoteForm({ contributionId }: { contributionId: string }) {
  const t = useTranslations("triage");
  const [state, action, pending] = useActionState<TriageState, FormData>(addNoteAction, null);
  const [text, setText] = useState("");
  return (
    <form action={action}>
      <LocaleField />
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="note-text">{t("note")}</label>
        <textarea id="note-text" name="text" dir="auto" value={text} onChange={(e) => setText(e.target.value)} style={{ minBlockSize: "4rem" }} />
        <FieldError id="note-text-error" message={state && !state.ok ? state.fieldErrors?.text?.[0] : undefined} />
      </div>
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
      <button type="submit" className="secondary" disabled={pending}>
        {t("addNote")}
      </button>
    </form>
  );
}

/** The due day (UTC calendar day) of a contribution: set, change or clear. */
export function DueDateForm({ contributionId, dueOn }: { contributionId: string; dueOn: string | null }) {
  const t = useTranslations("triage");
  const [state, action, pending] = useActionState<TriageState, FormData>(setDueDateAction, null);
  const [value, setValue] = useState(dueOn ?? "");
  return (
    <form action={action} className="toolbar">
      <LocaleField />
      <input type="hidden" name="contributionId" value={contributionId} />
      <div className="field">
        <label htmlFor="dueOn">{t("dueOn")}</label>
        <input id="dueOn" name="dueOn" type="date" value={value} onChange={(e) => setValue(e.target.value)} aria-describedby={state && !state.ok && state.fieldErrors?.dueOn ? "dueOn-error" : undefined} />
        <FieldError id="dueOn-error" message={state && !state.ok ? state.fieldErrors?.dueOn?.[0] : undefined} />
      </div>
      <button type="submit" className="secondary" disabled={pending}>
        {t("setDue")}
      </button>
      {dueOn && (
        <button type="submit" name="clear" value="1" className="secondary" disabled={pending}>
          {t("clearDue")}
        </button>
      )}
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
    </form>
  );
}
