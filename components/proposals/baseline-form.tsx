"use client";
/**
 * The secretariat's form to load a revised baseline text: paste the JSON definition or pick a
 * file (read in the browser into the text box, so what is sent is what is seen). Errors name the
 * part of the definition to change ("provisions.3.ref"); the text stays in place.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { loadBaselineAction } from "@/lib/actions/baselines";
import { MAX_BASELINE_DEFINITION } from "@/lib/schemas/baseline-form";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useValidationMessage } from "@/components/forms/field-error";

export function BaselineForm() {
  const t = useTranslations("baselines");
  const translate = useValidationMessage();
  const f = useActionForm(loadBaselineAction);
  const [definition, setDefinition] = useState(String(f.values?.definition ?? ""));
  // The server refuses more (the same schema); say so before sending.
  const tooLong = definition.length > MAX_BASELINE_DEFINITION;
  const errors: [string, string[]][] = tooLong ? [["definition", [`tooLong:${MAX_BASELINE_DEFINITION}`]]] : Object.entries(f.failure?.fieldErrors ?? {});
  return (
    <form {...f.form} aria-describedby="baseline-hint">
      <p id="baseline-hint" className="hint">
        {t("formHint")}
      </p>
      <div className="field">
        <label htmlFor="baseline-file">{t("file")}</label>
        <input
          id="baseline-file"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setDefinition(await file.text());
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="definition">{t("definition")}</label>
        <textarea id="definition" name="definition" className="long" dir="ltr" spellCheck={false} value={definition} onChange={(e) => setDefinition(e.target.value)} aria-invalid={errors.length > 0 || undefined} aria-describedby={errors.length > 0 ? "definition-errors" : undefined} />
        {errors.length > 0 && (
          <ul id="definition-errors" className="field-error">
            {errors.map(([path, messages]) => (
              <li key={path}>
                <code dir="ltr">{path}</code>: {translate(messages[0])}
              </li>
            ))}
          </ul>
        )}
      </div>
      {f.failure && f.failure.code !== "VALIDATION" && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      <button type="submit" disabled={f.pending || !definition.trim() || tooLong}>
        {f.pending ? t("loading") : t("load")}
      </button>
    </form>
  );
}
