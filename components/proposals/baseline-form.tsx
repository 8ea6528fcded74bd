"use client";
/**
 * The secretariat's form to load a revised baseline text: paste the JSON definition or pick a
 * file (read in the browser into the text box, so what is sent is what is seen). Errors name the
 * part of the definition to change ("provisions.3.ref"); the text stays in place.
 */
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { loadBaselineAction, type BaselineState } from "@/lib/actions/baselines";
import { ActionError } from "@/components/forms/action-error";
import { LocaleField } from "@/components/forms/locale-field";
import { useValidationMessage } from "@/components/forms/field-error";

export function BaselineForm() {
  const t = useTranslations("baselines");
  const translate = useValidationMessage();
  const [state, action, pending] = useActionState<BaselineState, FormData>(loadBaselineAction, null);
  const [definition, setDefinition] = useState(state?.values?.definition ?? "");
  // The server refuses more (lib/actions/baselines.ts MAX_DEFINITION); say so before sending.
  const tooLong = definition.length > 1_000_000;
  const errors: [string, string[]][] = tooLong ? [["definition", ["tooLong:1000000"]]] : state && !state.ok ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <form action={action} aria-describedby="baseline-hint">
      <LocaleField />
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
      {state && !state.ok && state.code !== "VALIDATION" && <ActionError code={state.code} params={state.params} />}
      <button type="submit" disabled={pending || !definition.trim() || tooLong}>
        {pending ? t("loading") : t("load")}
      </button>
    </form>
  );
}
