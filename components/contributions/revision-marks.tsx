/**
 * Word-level differences shown as revision marks: deletions in <del> (struck through), insertions
 * in <ins> (underlined). Both survive printing. Most screen readers do not announce <del>/<ins>,
 * so each is framed by a visually hidden "[deleted: …]" / "[inserted: …]" in the interface language.
 * The container carries the text's language and direction.
 */
import { Fragment } from "react";
import { useLocale, useTranslations } from "next-intl";
import { directionOf } from "@/lib/reference";
import type { DiffRun } from "@/lib/revision/word-diff";

export function RevisionMarks({ runs, lang, block = false }: { runs: DiffRun[]; lang: string; block?: boolean }) {
  const t = useTranslations("proposals");
  const locale = useLocale();
  const Tag = block ? "div" : "span";
  const hidden = (key: "deletedStart" | "deletedEnd" | "insertedStart" | "insertedEnd") => (
    <span className="visually-hidden" lang={locale}>
      {t(key)}
    </span>
  );
  return (
    <Tag lang={lang} dir={directionOf(lang)} className={block ? "content revision" : "revision"}>
      {runs.map((r, i) =>
        r.kind === "equal" ? (
          <span key={i}>{r.text}</span>
        ) : r.kind === "delete" ? (
          <Fragment key={i}>
            {hidden("deletedStart")}
            <del>{r.text}</del>
            {hidden("deletedEnd")}
          </Fragment>
        ) : (
          <Fragment key={i}>
            {hidden("insertedStart")}
            <ins>{r.text}</ins>
            {hidden("insertedEnd")}
          </Fragment>
        ),
      )}
    </Tag>
  );
}
