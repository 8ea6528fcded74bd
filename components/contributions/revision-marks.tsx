/**
 * Word-level differences shown as revision marks: deletions in <del> (struck through), insertions
 * in <ins> (underlined). Both elements are announced by screen readers and survive printing.
 * The container carries the text's language and direction.
 */
import { directionOf } from "@/lib/reference";
import type { DiffRun } from "@/lib/revision/word-diff";

export function RevisionMarks({ runs, lang, block = false }: { runs: DiffRun[]; lang: string; block?: boolean }) {
  const Tag = block ? "div" : "span";
  return (
    <Tag lang={lang} dir={directionOf(lang)} className={block ? "content revision" : "revision"}>
      {runs.map((r, i) => (r.kind === "equal" ? <span key={i}>{r.text}</span> : r.kind === "delete" ? <del key={i}>{r.text}</del> : <ins key={i}>{r.text}</ins>))}
    </Tag>
  );
}
