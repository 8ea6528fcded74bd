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
 * Past MAX_EDIT_TOKENS edits, the differing middle is marked as one deletion and one insertion.
 * A space alone between two changes is folded into them ("all regions" → "Africa and the Arab
 * States" reads as one deletion and one insertion, not word by word), as editors show it.
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

/**
 * Most token edits (insertions + deletions) computed word by word. Myers' algorithm costs about
 * (tokens × edits), so two long texts with nothing in common (a 20,000-character MOD of a long
 * provision) took seconds each, and a contribution of 200 such proposals blocked every page that
 * shows its marks. 1,000 tokens (about 500 words changed) is beyond a complete rewrite of any
 * provision of the Plan of Action (the longest is under 1,000 characters).
 */
export const MAX_EDIT_TOKENS = 1_000;

export function wordDiff(before: string, after: string, lang = "en"): DiffRun[] {
  const a = tokenize(before, lang);
  const b = tokenize(after, lang);
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_TOKENS }) ?? coarseDiff(a, b);
  const runs: DiffRun[] = [];
  for (const change of changes) {
    const kind: DiffKind = change.added ? "insert" : change.removed ? "delete" : "equal";
    const text = change.value.join("");
    if (!text) continue;
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  }
  return foldSpaces(runs);
}

/**
 * Past the edit budget: the common opening and closing tokens stay equal, everything between is
 * one deletion and one insertion (still exact: equal+delete gives the old text, equal+insert the
 * new one). When one side of the middle is empty that is the whole, exact answer.
 */
function coarseDiff(a: string[], b: string[]): { value: string[]; added: boolean; removed: boolean }[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [
    { value: a.slice(0, start), added: false, removed: false },
    { value: a.slice(start, a.length - end), added: false, removed: true },
    { value: b.slice(start, b.length - end), added: true, removed: false },
    { value: a.slice(a.length - end), added: false, removed: false },
  ];
}

/** Folds whitespace-only equal runs lying between changes into one deletion and one insertion. */
function foldSpaces(runs: DiffRun[]): DiffRun[] {
  const out: DiffRun[] = [];
  let del = "";
  let ins = "";
  let inChange = false;
  const flush = () => {
    if (del) out.push({ kind: "delete", text: del });
    if (ins) out.push({ kind: "insert", text: ins });
    del = ins = "";
    inChange = false;
  };
  runs.forEach((r, i) => {
    const between = r.kind === "equal" && inChange && /^\s+$/u.test(r.text) && runs[i + 1] !== undefined && runs[i + 1].kind !== "equal";
    if (r.kind === "equal" && !between) {
      flush();
      out.push({ ...r });
      return;
    }
    inChange = true;
    if (r.kind !== "insert") del += r.text;
    if (r.kind !== "delete") ins += r.text;
  });
  flush();
  return out;
}

/** True when the two texts differ. */
export function hasChanges(runs: DiffRun[]): boolean {
  return runs.some((r) => r.kind !== "equal");
}
