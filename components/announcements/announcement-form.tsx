"use client";
/**
 * The secretariat's message to the contributors of a consultation: consultation, statuses, and
 * subject and text per language (English required). A refusal rebuilds the form from what was
 * sent, so nothing typed is lost; success clears it and says how many people were e-mailed.
 */
import { useTranslations } from "next-intl";
import { sendAnnouncementAction } from "@/lib/actions/announcements";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { directionOf, nativeLanguageName } from "@/lib/reference";

const LANGUAGES = ["en", "ar", "fr", "es", "ru", "zh"] as const;

export function AnnouncementForm({ consultations, statuses }: { consultations: { id: string; title: string; lang: string }[]; statuses: readonly string[] }) {
  const t = useTranslations("announcements");
  const ts = useTranslations("status");
  const f = useActionForm(sendAnnouncementAction);
  const values = (f.failure ? (f.values ?? {}) : {}) as Record<string, string | string[]>;
  const err = f.fieldError;
  const v = (k: string) => String(values[k] ?? "");
  const chosen = new Set((values.statuses as string[] | undefined) ?? []);
  return (
    <form ref={f.formRef} action={f.action} onSubmit={f.onSubmit} key={f.data ? `sent-${f.data.id}` : JSON.stringify(values)}>
      {f.failure && <ActionError ref={f.summaryRef} code={f.failure.code} params={f.failure.params} />}
      {f.data && (
        <p className="notice success" role="status">
          {t("sent", { count: f.data.recipients })}
        </p>
      )}
      <div className="field">
        <label htmlFor="a-consultation">{t("consultation")}</label>
        <select id="a-consultation" name="consultationId" defaultValue={v("consultationId") || consultations[0]?.id}>
          {consultations.map((c) => (
            <option key={c.id} value={c.id} lang={c.lang}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t("statuses")}</legend>
        {statuses.map((s) => (
          <label key={s} className="choice">
            <input type="checkbox" name="statuses" value={s} defaultChecked={chosen.has(s)} /> <span>{ts(s as "SUBMITTED")}</span>
          </label>
        ))}
      </fieldset>
      <p className="hint">{t("englishRequired")}</p>
      {LANGUAGES.map((l) => (
        <fieldset key={l}>
          <legend>{t.rich("language", { language: nativeLanguageName(l), name: (chunks) => <span lang={l}>{chunks}</span> })}</legend>
          {(["subject", "body"] as const).map((k) => {
            const name = `${k}_${l}`;
            const id = `a-${name}`;
            const props = { id, name, lang: l, dir: directionOf(l), defaultValue: v(name), ...f.errorProps(name, `${id}-error`) };
            return (
              <div className="field" key={k}>
                <label htmlFor={id}>{t(k)}</label>
                {k === "subject" ? <input type="text" {...props} /> : <textarea rows={6} {...props} />}
                <FieldError id={`${id}-error`} message={err(name)} />
              </div>
            );
          })}
        </fieldset>
      ))}
      <button type="submit" disabled={f.pending}>
        {f.pending ? t("sending") : t("send")}
      </button>
    </form>
  );
}
