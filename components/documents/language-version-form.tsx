"use client";
/**
 * The secretariat attaches (or corrects) the translation of a published document into another
 * official language. Choosing a language that already has a version loads its text, and the
 * form carries the version it shows (expectedUpdatedAt) so a concurrent edit is refused, never
 * overwritten. Controlled fields: a refused post keeps everything typed.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveLanguageVersionAction } from "@/lib/actions/document-parts";
import { ActionError } from "@/components/forms/action-error";
import { FieldError } from "@/components/forms/field-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { nativeLanguageName } from "@/lib/reference";

export interface ExistingVersion {
  language: string;
  title: string;
  summary: string;
  body: string;
  updatedAt: string;
}

export function LanguageVersionForm({ contributionId, languages, existing }: { contributionId: string; languages: string[]; existing: ExistingVersion[] }) {
  const t = useTranslations("documents");
  const f = useActionForm(saveLanguageVersionAction);
  const [language, setLanguage] = useState(languages[0] ?? "");
  const current = existing.find((v) => v.language === language);
  const [text, setText] = useState({ title: current?.title ?? "", summary: current?.summary ?? "", body: current?.body ?? "" });
  const choose = (l: string) => {
    setLanguage(l);
    const v = existing.find((x) => x.language === l);
    setText({ title: v?.title ?? "", summary: v?.summary ?? "", body: v?.body ?? "" });
  };
  const field = (name: "title" | "summary" | "body", label: string, multiline: boolean, required = true) => {
    const id = `lv-${name}`;
    const props = { id, name, lang: language, dir: language === "ar" ? "rtl" : "ltr", value: text[name], required, "aria-invalid": f.invalid(name), "aria-describedby": f.fieldError(name) ? `${id}-error` : undefined };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {multiline ? <textarea {...props} rows={6} onChange={(e) => setText({ ...text, [name]: e.target.value })} /> : <input {...props} onChange={(e) => setText({ ...text, [name]: e.target.value })} />}
        <FieldError id={`${id}-error`} message={f.fieldError(name)} />
      </div>
    );
  };
  return (
    <form {...f.form} aria-labelledby="language-version-heading">
      <h3 id="language-version-heading">{t("translationHeading")}</h3>
      <input type="hidden" name="contributionId" value={contributionId} />
      <input type="hidden" name="expectedUpdatedAt" value={current?.updatedAt ?? ""} />
      <div className="field">
        <label htmlFor="lv-language">{t("translationLanguage")}</label>
        <select id="lv-language" name="language" value={language} onChange={(e) => choose(e.target.value)} aria-invalid={f.invalid("language")} aria-describedby={f.fieldError("language") ? "lv-language-error" : undefined}>
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {nativeLanguageName(l)}
              {existing.some((v) => v.language === l) ? ` — ${t("translationExists")}` : ""}
            </option>
          ))}
        </select>
        <FieldError id="lv-language-error" message={f.fieldError("language")} />
      </div>
      {field("title", t("title"), false)}
      {field("summary", t("summary"), true, false)}
      {field("body", t("body"), true)}
      {f.failure && <ActionError {...f.summary} code={f.failure.code} params={f.failure.params} />}
      {f.ok && (
        <p className="notice success" role="status">
          {t("translationSaved")}
        </p>
      )}
      <button type="submit" disabled={f.pending}>
        {f.pending ? t("working") : t("translationSave")}
      </button>
    </form>
  );
}
