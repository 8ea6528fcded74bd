/**
 * Baseline texts for Action Line revision proposals: the definition format a baseline version is
 * loaded from (`ZBaselineDefinition`), and the conversion of the reference file
 * `lib/reference/plan-of-action-c1-c11.json` (a copy of ../shared/reference/; every paragraph
 * names its source, see its `fidelity`, `missing` and `verificationSummary`) into version 1.
 *
 * Provisions are addressed by reference as the Plan of Action cites them: "8" (chapeau of §8),
 * "8 a)" (sub-paragraph), "9 d) i)" (item under 9 d)); the C7 headings §15–§22 are provisions of
 * kind "heading". Reading order is the order of the definition.
 * Every text must be storable (no NUL or control characters, well-formed UTF-16) and free of
 * bidi overrides; a provision's text is stored in the normal form proposals are compared in
 * (lib/revision/normalise.ts: Word's no-break spaces, soft hyphens… tidied), so marks never show
 * a space the reader cannot see. `language` must be a well-formed BCP 47 tag: marks are computed
 * with Intl.Segmenter in that language, which throws on a malformed one ("en_US").
 * Pure: no database. Parsing errors are zod errors (the caller reports them).
 */
import { z } from "zod";
import planOfAction from "@/lib/reference/plan-of-action-c1-c11.json";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { BIDI_CONTROLS, isStorable } from "@/lib/schemas/text";
import { normaliseProposalText } from "./normalise";


/** A text of the definition: trimmed, storable, without bidi overrides, 1–`max` characters. */
function definitionText(max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine(isStorable, { message: "invalidCharacters", abort: true })
    .refine((s) => !BIDI_CONTROLS.test(s), { message: "bidiControls", abort: true });
}

/** True when `tag` is a well-formed BCP 47 language tag ("en", "en-GB", "zh-Hans"). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const ZBaselineProvision = z.object({
  ref: z.string().trim().min(1).max(40).regex(/^\d{1,3}( [a-z]{1,2}\))?( [ivx]{1,6}\))?$/, "refFormat"),
  actionLine: z.enum(ACTION_LINE_CODES),
  kind: z.enum(["chapeau", "subparagraph", "heading"]),
  text: definitionText(20_000)
    .transform((s) => normaliseProposalText(s).text)
    .refine((s) => s.length > 0, "required"),
  partial: z.boolean().default(false),
  source: definitionText(2_000, 0).optional(),
});

/** A baseline version as loaded: provisions in reading order, unique references. */
export const ZBaselineDefinition = z.object({
  title: definitionText(300),
  documentRef: definitionText(100),
  language: z.string().min(2).max(35).refine(isLanguageTag, "languageTag").default("en"),
  caveats: z.array(z.object({ ref: definitionText(100, 0), what: definitionText(2_000, 0) })).max(100).default([]),
  provisions: z
    .array(ZBaselineProvision)
    .min(1)
    .max(5_000)
    .refine((ps) => new Set(ps.map((p) => p.ref)).size === ps.length, "duplicateRef"),
});
export type BaselineDefinition = z.output<typeof ZBaselineDefinition>;

/**
 * Version 1: section C of the Geneva Plan of Action (WSIS-03/GENEVA/DOC/5-E, §8–§26), English,
 * with the reference file's missing passages as caveats (§17 has only its heading).
 */
export function planOfActionBaseline(): BaselineDefinition {
  return ZBaselineDefinition.parse({
    title: "Geneva Plan of Action, section C: Action Lines (2003)",
    documentRef: "WSIS-03/GENEVA/DOC/5-E",
    language: "en",
    caveats: planOfAction.missing.map((m) => ({ ref: m.ref, what: m.what })),
    provisions: planOfAction.actionLines.flatMap((line) =>
      line.paragraphs.map((p) => ({ ref: p.ref, actionLine: line.code, kind: p.kind, text: p.text, partial: p.partial, source: p.source })),
    ),
  });
}
