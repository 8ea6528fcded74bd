"use client";
/**
 * "Columns and density" for the queue: a disclosure with a checkbox per optional column and the
 * row density, saved server-side for the signed-in person (saveQueuePreferencesAction); the page
 * re-renders with the stored choice.
 */
import { useTranslations } from "next-intl";
import { saveQueuePreferencesAction } from "@/lib/actions/queue-preferences";
import { DENSITIES, OPTIONAL_QUEUE_COLUMNS, type QueuePreferences } from "@/lib/schemas/queue-preferences";
import { ActionError } from "@/components/forms/action-error";
import { useActionForm } from "@/components/forms/use-action-form";

export function QueueViewMenu({ preferences }: { preferences: QueuePreferences }) {
  const t = useTranslations("queue");
  const tv = useTranslations("queue.view");
  const f = useActionForm(saveQueuePreferencesAction);
  return (
    <details className="queue-view-menu">
      <summary>{tv("menu")}</summary>
      <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit}>
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
        <button type="submit" className="secondary" disabled={f.pending}>
          {tv("save")}
        </button>
        {f.ok && (
          <p role="status" className="hint">
            {tv("saved")}
          </p>
        )}
        {f.failure && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      </form>
    </details>
  );
}
