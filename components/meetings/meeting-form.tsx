"use client";
/**
 * Create or edit a CWG meeting. On a refused save the form is rebuilt from the values sent back,
 * so nothing typed is lost, with each reason next to its field.
 */
import { useTranslations } from "next-intl";
import { saveMeetingAction } from "@/lib/actions/meetings";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";

export type MeetingValues = Record<string, string | boolean>;

export function MeetingForm({ initial, timeZones }: { initial: MeetingValues; timeZones: string[] }) {
  const t = useTranslations("meetings");
  const f = useActionForm(saveMeetingAction);
  const v: MeetingValues = { ...initial, ...((f.values as MeetingValues | undefined) ?? {}) };
  const err = f.fieldError;
  const input = (name: string, label: string, type: string, dir?: "ltr") => (
    <div className="field">
      <label htmlFor={`m-${name}`}>{label}</label>
      <input
        id={`m-${name}`}
        name={name}
        type={type}
        dir={dir ?? "auto"}
        defaultValue={String(v[name] ?? "")}
        {...f.errorProps(name, `m-${name}-error`)}
      />
      <FieldError id={`m-${name}-error`} message={err(name)} />
    </div>
  );
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit} key={JSON.stringify(f.values ?? null)}>
      <input type="hidden" name="id" value={String(v.id ?? "")} />
      {f.failure && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
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
      <button type="submit" disabled={f.pending}>
        {f.pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
