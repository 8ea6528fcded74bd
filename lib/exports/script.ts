/**
 * What script a user-supplied text is in, to give it its direction (Arabic right-to-left) and an
 * East Asian font (Chinese). Decided from the text itself, not the contribution's declared
 * language: an English contribution may come from an organisation with an Arabic name.
 */

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
// Strong left-to-right letters: Latin, Greek, Cyrillic, CJK and the rest of the BMP's letters above Arabic.
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0900-\u1FFF\u2E80-\uFAFF]/u;
// Han ideographs, CJK punctuation, kana, Hangul and fullwidth forms.
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;

/**
 * True when the first strong directional character of `text` is right-to-left (Unicode
 * Bidirectional Algorithm, rule P2), so "مقترح بشأن C7 (2025)" is RTL and "C7: مقترح" is not.
 */
export function isRtl(text: string): boolean {
  for (const ch of text) {
    if (RTL.test(ch)) return true;
    if (LTR.test(ch)) return false;
  }
  return false;
}

/** True when `text` contains any Chinese, Japanese or Korean character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
