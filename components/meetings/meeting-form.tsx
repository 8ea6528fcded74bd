"use client";
/**
 * Create or edit a CWG meeting. On a refused save the form is rebuilt from the values sent back,
 * so nothing typed is lost, with each reason next to its field.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveMeetingAction, type MeetingFormState } from "@/lib/actions/meetings";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";

export type MeetingValues = Record<string, string | boolean>;

export function MeetingForm({ initial, timeZones }: { initial: MeetingValues; timeZones: string[] }) {
  const t = useTranslations("meetings");
  const [state, action, pending] = useActionState<MeetingFormState, FormData>(saveMeetingAction, null);
  const v = { ...initial, ...(state?.values ?? {}) };
  const err = (k: string) => (state && !state.ok ? state.fieldErrors?.[k]?.[0] : undefined);
  const input = (name: string, label: string, type: string, dir?: "ltr") => (
    <div className="field">
      <label htmlFor={`m-${name}`}>{label}</label>
      <input
        id={`m-${name}`}
        name={name}
        type={type}
        dir={dir ?? "auto"}
        defaultValue={String(v[name] ?? "")}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={err(name) ? `m-${name}-error` : undefined}
      />
      <FieldError id={`m-${name}-error`} message={err(name)} />
    </div>
  );
  return (
    <form action={action} key={JSON.stringify(state?.values ?? null)}>
      <input type="hidden" name="id" value={String(v.id ?? "")} />
      {state && !state.ok && <ActionError code={state.code} params={state.params} />}
      {input("number", t("fieldNumber"), "text", "ltr")}
      <div className="toolbar">
        {input("startsOn", t("fieldStartsOn"), "date")}
        {input("endsOn", t("fieldEndsOn"), "date")}
      </div>
      {input("place", t("fieldPlace"), "text")}
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="virtual" defaultChecked={v.virtual === true} /> <span>{t("fieldVirtual")}</span>
        </label>
      </div>
      <div className="toolbar">
        {input("documentsDeadline", t("fieldDeadline"), "datetime-local")}
        <div className="field">
          <label htmlFor="m-timeZone">{t("fieldTimeZone")}</label>
          <select id="m-timeZone" name="timeZone" defaultValue={String(v.timeZone ?? "Europe/Zurich")}>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
