/**
 * Paragraphs and runs for the DOCX compilation, each given the direction and fonts of its own
 * text: Arabic paragraphs are bidirectional (w:bidi) and their Arabic stretches right-to-left runs
 * (w:rtl), while Latin codes and numbers inside them ("C7 (2025)") stay in left-to-right runs
 * (bidi-runs.ts), so Word and LibreOffice order them as an Arabic reader expects. Runs with Chinese characters name
 * an East Asian font (w:rFonts w:eastAsia) and the zh-CN East Asian language.
 */
import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from "docx";
import { hasCjk, isRtl } from "./script";
import { xmlText } from "./xml-text";
import { bidiStretches } from "./bidi-runs";

/** East Asian font named on Chinese runs (Google's Noto, free; Word substitutes when absent). */
export const CJK_FONT = "Noto Sans CJK SC";
/** Complex-script font for Arabic runs. */
export const ARABIC_FONT = "Noto Naskh Arabic";

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

type RunStyle = Omit<IRunOptions, "text" | "children" | "rightToLeft" | "font" | "language">;

/** The runs of `text`, split by direction, with East Asian and complex-script fonts as needed. */
export function runs(text: string, paragraphRtl: boolean, style: RunStyle = {}): TextRun[] {
  const clean = xmlText(text);
  const stretches = RTL_CHAR.test(clean) ? bidiStretches(clean, paragraphRtl) : [{ text: clean, rtl: false }];
  return stretches.map(
    (s) =>
      new TextRun({
        ...style,
        text: s.text,
        rightToLeft: s.rtl || undefined,
        font: hasCjk(s.text) ? { eastAsia: CJK_FONT, hint: "eastAsia" } : s.rtl ? { cs: ARABIC_FONT } : undefined,
        language: hasCjk(s.text) ? { eastAsia: "zh-CN" } : s.rtl ? { bidirectional: "ar-SA" } : undefined,
      }),
  );
}

/**
 * A paragraph of `text` in its own direction (`rtl` overrides the guess from the text, e.g. for
 * interface labels in an Arabic document). `wrap` lets a caller put the runs in a bookmark or link.
 */
export function textParagraph(
  text: string,
  options: Omit<IParagraphOptions, "children" | "text" | "bidirectional"> & { rtl?: boolean; run?: RunStyle; wrap?: (children: TextRun[]) => ParagraphChild } = {},
): Paragraph {
  const { rtl: forced, run, wrap, ...paragraph } = options;
  const rtl = forced ?? isRtl(text);
  const children = runs(text, rtl, run);
  return new Paragraph({ ...paragraph, bidirectional: rtl || undefined, children: wrap ? [wrap(children)] : children });
}

/** One paragraph per non-empty line of `text` (line breaks in a contribution separate paragraphs). */
export function textParagraphs(text: string, rtl?: boolean): Paragraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => textParagraph(line, { rtl: rtl ?? isRtl(line), spacing: { after: 120 } }));
}
