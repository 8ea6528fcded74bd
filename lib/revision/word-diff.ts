/**
 * Word-level differences between two texts, for comparing versions (and, later, revision marks
 * of Action Line proposals).
 *
 * Tokens come from Intl.Segmenter at word granularity in the text's language, so Arabic words
 * (with their clitics and diacritics), Chinese words (no spaces between them) and punctuation are
 * units; spaces and punctuation are tokens of their own, so a changed comma does not mark a whole
 * word. The longest common subsequence is computed by jsdiff's diffArrays (Myers' algorithm).
 * Output: runs of { kind: "equal" | "insert" | "delete", text }, in reading order, adjacent runs of
 * one kind merged; concatenating equal+delete gives the old text, equal+insert the new one.
 */
import { diffArrays } from "diff";

export type DiffKind = "equal" | "insert" | "delete";
export interface DiffRun {
  kind: DiffKind;
  text: string;
}

/** Splits `text` into word, space and punctuation tokens for `lang` (BCP 47, e.g. "ar", "zh"). */
export function tokenize(text: string, lang = "en"): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function wordDiff(before: string, after: string, lang = "en"): DiffRun[] {
  const changes = diffArrays(tokenize(before, lang), tokenize(after, lang));
  const runs: DiffRun[] = [];
  for (const change of changes) {
    const kind: DiffKind = change.added ? "insert" : change.removed ? "delete" : "equal";
    const text = change.value.join("");
    if (!text) continue;
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  }
  return runs;
}

/** True when the two texts differ. */
export function hasChanges(runs: DiffRun[]): boolean {
  return runs.some((r) => r.kind !== "equal");
}
