"use client";
/**
 * Create or edit a consultation. The window is typed as wall-clock times in the consultation's own
 * time zone. On a refused save, the form is rebuilt from the values sent back, so nothing typed is lost.
 */
import { useTranslations } from "next-intl";
import { saveConsultationAction } from "@/lib/actions/consultations";
import { ActionError } from "./action-error";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

export type ConsultationValues = Record<string, string | boolean>;

export function ConsultationForm({ initial, timeZones }: { initial: ConsultationValues; timeZones: string[] }) {
  const t = useTranslations("consultations");
  const f = useActionForm(saveConsultationAction);
  const v = { ...initial, ...(f.values ?? {}) };
  const err = f.fieldError;
  const text = (name: string, label: string, opts: { dir?: string; lang?: string; area?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={`c-${name}`}>{label}</label>
      {opts.area ? (
        <textarea id={`c-${name}`} name={name} dir={opts.dir ?? "auto"} lang={opts.lang} defaultValue={String(v[name] ?? "")} aria-invalid={err(name) ? true : undefined} />
      ) : (
        <input id={`c-${name}`} name={name} type="text" dir={opts.dir ?? "auto"} lang={opts.lang} defaultValue={String(v[name] ?? "")} aria-invalid={err(name) ? true : undefined} />
      )}
      <FieldError id={`c-${name}-error`} message={err(name)} />
    </div>
  );
  return (
    <form {...f.form} key={JSON.stringify(f.values ?? null)}>
      <input type="hidden" name="id" value={String(v.id ?? "")} />
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      {text("slug", t("slug"), { dir: "ltr" })}
      {text("code", t("code"), { dir: "ltr" })}
      {text("titleEn", t("titleEn"), { lang: "en", dir: "ltr" })}
      {text("titleAr", t("titleAr"), { lang: "ar", dir: "rtl" })}
      {text("titleFr", t("titleFr"), { lang: "fr", dir: "ltr" })}
      {text("titleEs", t("titleEs"), { lang: "es", dir: "ltr" })}
      {text("titleRu", t("titleRu"), { lang: "ru", dir: "ltr" })}
      {text("titleZh", t("titleZh"), { lang: "zh", dir: "ltr" })}
      {text("descriptionEn", t("descriptionEn"), { lang: "en", dir: "ltr", area: true })}
      {text("descriptionAr", t("descriptionAr"), { lang: "ar", dir: "rtl", area: true })}
      {text("descriptionFr", t("descriptionFr"), { lang: "fr", dir: "ltr", area: true })}
      {text("descriptionEs", t("descriptionEs"), { lang: "es", dir: "ltr", area: true })}
      {text("descriptionRu", t("descriptionRu"), { lang: "ru", dir: "ltr", area: true })}
      {text("descriptionZh", t("descriptionZh"), { lang: "zh", dir: "ltr", area: true })}
      <div className="field">
        <label htmlFor="c-timeZone">{t("timeZone")}</label>
        <select id="c-timeZone" name="timeZone" defaultValue={String(v.timeZone ?? "Europe/Zurich")}>
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <FieldError id="c-timeZone-error" message={err("timeZone")} />
      </div>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="c-opensAt">{t("opensAt")}</label>
          <input id="c-opensAt" name="opensAt" type="datetime-local" defaultValue={String(v.opensAt ?? "")} />
          <FieldError id="c-opensAt-error" message={err("opensAt")} />
        </div>
        <div className="field">
          <label htmlFor="c-closesAt">{t("closesAt")}</label>
          <input id="c-closesAt" name="closesAt" type="datetime-local" defaultValue={String(v.closesAt ?? "")} />
          <FieldError id="c-closesAt-error" message={err("closesAt")} />
        </div>
      </div>
      <fieldset>
        <legend>{t("types")}</legend>
        <label className="choice">
          <input type="checkbox" name="allowGeneral" defaultChecked={Boolean(v.allowGeneral)} /> <span>{t("general")}</span>
        </label>
        <label className="choice">
          <input type="checkbox" name="allowRevision" defaultChecked={Boolean(v.allowRevision)} /> <span>{t("revision")}</span>
        </label>
        <FieldError id="c-types-error" message={err("allowGeneral")} />
      </fieldset>
      <p className="hint">{t("questionsHint")}</p>
      {text("questionsEn", t("questionsEn"), { lang: "en", dir: "ltr", area: true })}
      {text("questionsAr", t("questionsAr"), { lang: "ar", dir: "rtl", area: true })}
      {text("questionsFr", t("questionsFr"), { lang: "fr", dir: "ltr", area: true })}
      {text("questionsEs", t("questionsEs"), { lang: "es", dir: "ltr", area: true })}
      {text("questionsRu", t("questionsRu"), { lang: "ru", dir: "ltr", area: true })}
      {text("questionsZh", t("questionsZh"), { lang: "zh", dir: "ltr", area: true })}
      <button type="submit" disabled={f.pending}>
        {t("save")}
      </button>
    </form>
  );
}
