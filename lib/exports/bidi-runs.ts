/**
 * Splits a text into stretches of one direction, for writing it as right-to-left and
 * left-to-right runs in a DOCX paragraph. Word lays runs out by their w:rtl mark more than by the
 * characters in them, so the marks must already say what the Unicode Bidirectional Algorithm
 * would decide (UAX #9, https://www.unicode.org/reports/tr9/). This is the part of it that
 * matters for one-level paragraphs of Arabic mixed with Latin codes and numbers:
 *
 * - strong letters are R (Hebrew, Arabic…) or L (Latin, Greek, Cyrillic, CJK…);
 * - digits take L after an L letter and R otherwise (rule W7; a digit in an Arabic stretch
 *   stays in the right-to-left run, where it is still shown left to right);
 * - a bracket pair takes the direction of the text inside it when that matches the paragraph,
 *   else the direction before it when that matches the inside, else the paragraph's (rule N0),
 *   so "(2025)" after "C7" stays together and "(CWG-WSIS&SDG)" after Arabic keeps its brackets;
 * - other neutral characters take the direction on both sides when equal, else the paragraph's
 *   (rules N1, N2), so a final full stop ends up where an Arabic reader expects it.
 */
type Dir = "L" | "R";
type Cls = Dir | "D" | "N";

const R_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const L_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0900-\u1FFF\u2E80-\uFAFF\u{20000}-\u{3134F}]/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

function classify(ch: string): Cls {
  if (R_CHAR.test(ch)) return "R";
  if (L_CHAR.test(ch)) return "L";
  if (DIGIT.test(ch)) return "D";
  return "N";
}

/** `text` as consecutive stretches, each with its direction (rtl true = right-to-left run). */
export function bidiStretches(text: string, paragraphRtl: boolean): { text: string; rtl: boolean }[] {
  const chars = [...text];
  const e: Dir = paragraphRtl ? "R" : "L";
  const cls: Cls[] = chars.map(classify);

  // W7: digits follow the previous strong letter (the paragraph direction at the start).
  let lastStrong: Dir = e;
  const dir: (Dir | null)[] = cls.map((c) => {
    if (c === "L" || c === "R") return (lastStrong = c);
    if (c === "D") return lastStrong === "L" ? "L" : "R";
    return null;
  });

  // N0: bracket pairs (matched with a stack, as BD16 does).
  const stack: { index: number; close: string }[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (cls[i] !== "N") continue;
    if (OPEN[chars[i]]) stack.push({ index: i, close: OPEN[chars[i]] });
    else {
      const at = stack.map((s) => s.close).lastIndexOf(chars[i]);
      if (at < 0) continue;
      const open = stack[at].index;
      stack.length = at;
      const inside = new Set(dir.slice(open + 1, i).filter((d): d is Dir => d !== null));
      let chosen: Dir | null = null;
      if (inside.has(e)) chosen = e;
      else if (inside.size > 0) {
        const opposite: Dir = e === "L" ? "R" : "L";
        const before = dir.slice(0, open).filter((d): d is Dir => d !== null).pop() ?? e;
        chosen = before === opposite ? opposite : e;
      }
      if (chosen) dir[open] = dir[i] = chosen;
    }
  }

  // N1, N2: other neutrals between equal directions take it, else the paragraph's.
  for (let i = 0; i < chars.length; i++) {
    if (dir[i] !== null) continue;
    let j = i;
    while (j < chars.length && dir[j] === null) j++;
    const before = i > 0 ? dir[i - 1]! : e;
    const after = j < chars.length ? dir[j]! : e;
    for (let k = i; k < j; k++) dir[k] = before === after ? before : e;
    i = j - 1;
  }

  const out: { text: string; rtl: boolean }[] = [];
  chars.forEach((ch, i) => {
    const rtl = dir[i] === "R";
    const last = out[out.length - 1];
    if (last && last.rtl === rtl) last.text += ch;
    else out.push({ text: ch, rtl });
  });
  return out;
}
