"use client";
/**
 * "Columns and density" for the queue: a disclosure with a checkbox per optional column and the
 * row density, saved server-side for the signed-in person (saveQueuePreferencesAction); the page
 * re-renders with the stored choice.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveQueuePreferencesAction, type PreferencesState } from "@/lib/actions/queue-preferences";
import { DENSITIES, OPTIONAL_QUEUE_COLUMNS, type QueuePreferences } from "@/lib/schemas/queue-preferences";
import { ActionError } from "@/components/forms/action-error";
import { LocaleField } from "@/components/forms/locale-field";

export function QueueViewMenu({ preferences }: { preferences: QueuePreferences }) {
  const t = useTranslations("queue");
  const tv = useTranslations("queue.view");
  const [state, action, pending] = useActionState<PreferencesState, FormData>(saveQueuePreferencesAction, null);
  return (
    <details className="queue-view-menu">
      <summary>{tv("menu")}</summary>
      <form action={action}>
        <LocaleField />
        <fieldset>
          <legend>{tv("columns")}</legend>
          {OPTIONAL_QUEUE_COLUMNS.map((c) => (
            <label key={c} className="checkbox">
              <input type="checkbox" name="column" value={c} defaultChecked={!preferences.hidden.includes(c)} /> {t(`columns.${c}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{tv("density")}</legend>
          {DENSITIES.map((d) => (
            <label key={d} className="checkbox">
              <input type="radio" name="density" value={d} defaultChecked={preferences.density === d} /> {tv(d)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="secondary" disabled={pending}>
          {tv("save")}
        </button>
        {state?.ok && (
          <p role="status" className="hint">
            {tv("saved")}
          </p>
        )}
        {state && !state.ok && <ActionError code={state.code} params={state.params} />}
      </form>
    </details>
  );
}
