"use client";
/**
 * The bulk decision bar above the queue. The table's checkboxes belong to this form through
 * their `form` attribute; each carries "<id>:<status as seen>", so every item is decided with
 * its own guard. A second button (formAction) assigns and/or tags the same selection, each item
 * checked and audited on its own. Shows one line per item: done, or refused and why.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { bulkDecideAction, bulkTriageAction } from "@/lib/actions/triage";
import { DECISIONS } from "@/lib/schemas/decision";
import { ActionError, useActionErrorMessage } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { CHANGES_REASON_CODES, REJECT_REASON_CODES } from "@/lib/workflow/reason-codes";

export const BULK_FORM_ID = "bulk-decision";

export function BulkDecisionForm({ assignees }: { assignees: { id: string; name: string | null; email: string }[] }) {
  const t = useTranslations("triage.bulk");
  const td = useTranslations("decision");
  const tr = useTranslations("reasonCodes");
  const ts = useTranslations("status");
  const message = useActionErrorMessage();
  const tt = useTranslations("triage");
  const decide = useActionForm(bulkDecideAction);
  const triage = useActionForm(bulkTriageAction);
  // The last of the two buttons' answers is shown (each submission replaces the other's report).
  const [last, setLast] = useState<"decide" | "triage">("decide");
  const f = last === "decide" ? decide : triage;
  const pending = decide.pending || triage.pending;
  // One form, two actions: both hear of a new submission (the size check runs once).
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    decide.onSubmit(e);
    if (!e.defaultPrevented) triage.onSubmit(e);
  };
  const [reason, setReason] = useState("");
  const [tags, setTags] = useState("");
  const results = f.data ?? null;
  const failure = f.failure;
  return (
    <section className="aside-panel" aria-labelledby="bulk-heading" style={{ marginBlockEnd: "1rem" }}>
      <h2 id="bulk-heading" style={{ marginBlockStart: 0, fontSize: "1.05rem" }}>
        {t("heading")}
      </h2>
      <form id={BULK_FORM_ID} ref={decide.formRef} action={decide.action} onSubmit={onSubmit} className="toolbar">
        <div className="field">
          <label htmlFor="bulk-decision-select">{t("decision")}</label>
          <select id="bulk-decision-select" name="decision" defaultValue="accept">
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {td(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bulk-reason-code">{t("reasonCode")}</label>
          <select id="bulk-reason-code" name="reasonCode" defaultValue="">
            <option value="">{td("noReasonCode")}</option>
            {([["reject", REJECT_REASON_CODES], ["requestChanges", CHANGES_REASON_CODES]] as const).map(([decision, codes]) => (
              <optgroup key={decision} label={td(decision)}>
                {codes.map((c) => (
                  <option key={c} value={c}>
                    {tr(`${c}.label`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field" style={{ flex: "1 1 18rem" }}>
          <label htmlFor="bulk-reason">{t("reason")}</label>
          <textarea id="bulk-reason" name="reason" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} style={{ minBlockSize: "2.5rem" }} />
        </div>
        <button type="submit" disabled={pending} onClick={() => setLast("decide")}>
          {t("apply")}
        </button>
        <fieldset className="toolbar bulk-triage">
          <legend>{t("triageHeading")}</legend>
          <div className="field">
            <label htmlFor="bulk-assignee">{tt("assignee")}</label>
            <select id="bulk-assignee" name="bulkAssignee" defaultValue="">
              <option value="">{t("noChange")}</option>
              <option value="none">{tt("unassigned")}</option>
              {assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name ?? a.email}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="bulk-tags">{t("tags")}</label>
            <input id="bulk-tags" name="tags" type="text" dir="auto" value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="bulk-tags-hint" />
            <p id="bulk-tags-hint" className="hint">
              {t("tagsHint")}
            </p>
          </div>
          <button type="submit" className="secondary" formAction={triage.action} disabled={pending} onClick={() => setLast("triage")}>
            {t("applyTriage")}
          </button>
        </fieldset>
      </form>
      {failure && (failure.code === "VALIDATION" ? <FieldError id="bulk-error" message={["items", "tags", "reasonCode", "decision", "reason"].map(f.fieldError).find(Boolean)} /> : <ActionError ref={f.summaryRef} code={failure.code} params={failure.params} />)}
      {results && (
        <div role="status" data-testid="bulk-results">
          <p>{t("results", { ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length })}</p>
          <ul>
            {results.map((r) => (
              <li key={r.contributionId}>
                {r.ok
                  ? r.status
                    ? t("ok", { reference: r.reference ?? r.contributionId, status: ts(r.status as "SUBMITTED") })
                    : t("okTriage", { reference: r.reference ?? r.contributionId })
                  : t("failed", { reference: r.reference ?? r.contributionId, message: message(r.code ?? "UNEXPECTED", r.params) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
