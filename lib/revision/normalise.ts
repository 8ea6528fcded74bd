/**
 * Normalisation of proposed text pasted from Word (or typed), applied in the browser as the
 * person types or pastes and again on the server, so both agree and nothing changes silently:
 * the result lists every kind of change with a count, and the editor shows that list.
 *
 * What is changed, and why:
 * - Word bookmarks exported as text, `[bookmark: _Toc111642774]` (mammoth's rendering, as in
 *   the seed fixture ../shared/fixtures/atu-proposal-res75-ar.txt): removed, they are not text.
 * - Soft hyphens (U+00AD) and zero-width spaces (U+200B), U+FEFF: removed (invisible
 *   hyphenation and layout hints; they split words and defeat the word-level comparison).
 * - No-break spaces (U+00A0, U+202F, U+2007) and other Unicode spaces: one plain space, so a
 *   pasted provision compares equal to the baseline wherever the words are equal.
 * - Line breaks: CRLF and CR become LF; spaces at line ends and runs of spaces inside a line are
 *   collapsed; leading and trailing blank space of the whole text is trimmed.
 * - Typographic quotes, apostrophes and dashes are NOT changed: the Plan of Action itself uses
 *   them (’ in "society’s"), and replacing them would mark words as modified that are not.
 *   Direction marks and joiners are kept (Arabic and Persian need them).
 *
 * Shapes: normaliseProposalText(text) → { text, changes: { bookmarks, softHyphens, zeroWidth,
 * specialSpaces, extraSpaces, lineBreaks } } with counts (0 when that kind was not found).
 * Never throws.
 */

export interface NormalisationChanges {
  /** `[bookmark: …]` markers removed. */
  bookmarks: number;
  /** Soft hyphens removed. */
  softHyphens: number;
  /** Zero-width spaces and byte-order marks removed. */
  zeroWidth: number;
  /** No-break and other special spaces replaced by a plain space. */
  specialSpaces: number;
  /** 1 when runs of spaces were collapsed or spaces trimmed at line ends or the text's ends, else 0. */
  extraSpaces: number;
  /** Windows or old Mac line breaks turned into plain line breaks. */
  lineBreaks: number;
}

export interface NormalisedText {
  text: string;
  changes: NormalisationChanges;
}

const BOOKMARK = /\[bookmark: [^\]\r\n]{0,200}\]/g;
const SOFT_HYPHEN = /\u00AD/g;
const ZERO_WIDTH = /[\u200B\uFEFF]/g;
// Unicode space separators other than the plain space (Zs), plus tab inside a provision.
const SPECIAL_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
const CRLF = /\r\n?/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Normalises `input` (see the module comment) and says what it changed. */
export function normaliseProposalText(input: string): NormalisedText {
  const changes: NormalisationChanges = { bookmarks: 0, softHyphens: 0, zeroWidth: 0, specialSpaces: 0, extraSpaces: 0, lineBreaks: 0 };
  let text = input;
  changes.lineBreaks = count(text, CRLF);
  text = text.replace(CRLF, "\n");
  changes.bookmarks = count(text, BOOKMARK);
  text = text.replace(BOOKMARK, "");
  changes.softHyphens = count(text, SOFT_HYPHEN);
  text = text.replace(SOFT_HYPHEN, "");
  changes.zeroWidth = count(text, ZERO_WIDTH);
  text = text.replace(ZERO_WIDTH, "");
  changes.specialSpaces = count(text, SPECIAL_SPACE);
  text = text.replace(SPECIAL_SPACE, " ");
  const collapsed = text
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").replace(/ +$/u, "").replace(/^ +/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (collapsed !== text) changes.extraSpaces = 1;
  return { text: collapsed, changes };
}

/** True when normalisation changed anything. */
export function changedAnything(changes: NormalisationChanges): boolean {
  return Object.values(changes).some((n) => n > 0);
}

/** What normaliseBodyText changed: Word artefacts only (a body keeps its spaces and line breaks). */
export interface BodyNormalisationChanges {
  /** `[bookmark: …]` markers removed. */
  bookmarks: number;
  /** Footnotes whose `[footnoteRef:n]` marker became `[n]` and whose text moved to the end. */
  footnotes: number;
}

// Word's footnote reference as pasted text, with the visible number Word repeats after it:
// "النامية[footnoteRef:1]1؛" (the seed fixture).
const FOOTNOTE_REF = /\[footnoteRef:(\d{1,3})\](\1(?!\d))?/g;

/**
 * Removes the artefacts of text pasted from Word (or converted by mammoth) from a contribution's
 * body (issue 12 item 12), the same way in the browser (to show the person what changed) and on
 * the server (so nothing unseen is published): bookmarks go; a footnote's reference marker
 * becomes "[n]" and its text, which Word inlines as "[n: n<tab>text]", moves to the end as a
 * numbered note "[n] text". Only notes whose reference marker is present are moved, so an
 * ordinary "[2: see annex]" is left alone. Spaces, tabs and line breaks are otherwise kept.
 * Never throws.
 */
export function normaliseBodyText(input: string): { text: string; changes: BodyNormalisationChanges } {
  const bookmarks = count(input, BOOKMARK);
  let text = input.replace(BOOKMARK, "");
  const refs = new Set<string>();
  text = text.replace(FOOTNOTE_REF, (_m, n: string) => {
    refs.add(n);
    return `[${n}]`;
  });
  const notes: string[] = [];
  for (const n of refs) {
    const inline = new RegExp(`[ \\t]*\\[${n}: ?(?:${n}[ \\t]+)?([^\\]\\n]{0,4000})\\]`);
    text = text.replace(inline, (_m, note: string) => {
      notes.push(`[${n}] ${note.trim()}`);
      return "";
    });
  }
  if (notes.length) text = `${text.trimEnd()}\n\n${notes.join("\n")}`;
  return { text, changes: { bookmarks, footnotes: refs.size } };
}
