/**
 * Action Line revision proposals: the zod schema of one proposal (shared by the editor, the
 * server actions and the services) and the rules that need the baseline text
 * (`proposalProblems`), which the service runs at every save and submission (the form shows its
 * errors on the fields; the editor itself only hints "unchanged" as the person types).
 *
 * ITU's markers (ITU-R/PP practice, lib/reference/wsis.json `proposalMarkers`):
 * - ADD: new text, inserted after the provision named by `ref` (its anchor); needs text.
 * - MOD: the provision `ref` as amended (the whole provision, edited from the baseline text);
 *   needs text that differs from the baseline ("no change: use NOC").
 * - SUP: the provision `ref` is suppressed; carries no text (the baseline text is not repeated).
 * - NOC: the provision `ref` is to be kept unchanged; carries no text.
 * Every proposal gives its reasons (required from submission on; a draft may lack them).
 *
 * Limits (code points, repeated by CHECK constraints in the database): text 20,000 (the longest
 * provision of the Plan of Action is under 1,000), reasons 5,000, 200 proposals per contribution.
 * Proposed text must be visible (not only direction marks or joiners); a submitted contribution
 * has one MOD/SUP/NOC per provision (`duplicateProvisions`).
 * Messages are i18n keys of `validation.*`.
 */
import { z } from "zod";
import { BIDI_CONTROLS, codePointLength, hasVisibleText, isStorable, nfc, optionalText } from "./text";
import { normaliseProposalText } from "@/lib/revision/normalise";

export const PROPOSAL_MARKERS = ["ADD", "MOD", "SUP", "NOC"] as const;
export type ProposalMarker = (typeof PROPOSAL_MARKERS)[number];
export const PROPOSAL_LIMITS = { text: 20_000, reasons: 5_000, count: 200, ref: 40 } as const;


const proposalFields = {
  marker: z.enum(PROPOSAL_MARKERS, { error: "chooseMarker" }),
  /** Provision reference in the baseline, e.g. "9 d) i)"; for ADD the provision it follows. */
  ref: z.string().trim().max(PROPOSAL_LIMITS.ref, { message: "chooseProvision" }),
  text: z
    .string()
    .default("")
    .refine(isStorable, { message: "invalidCharacters", abort: true })
    .refine((s) => !BIDI_CONTROLS.test(s), { message: "bidiControls", abort: true })
    .transform((s) => nfc(normaliseProposalText(s).text))
    // Direction marks or joiners alone would read as "delete the whole provision".
    .refine((s) => s === "" || hasVisibleText(s), { message: "invisibleOnly", abort: true })
    .refine((s) => codePointLength(s) <= PROPOSAL_LIMITS.text, { message: `tooLong:${PROPOSAL_LIMITS.text}` }),
  reasons: optionalText(PROPOSAL_LIMITS.reasons),
};

/** One proposal of a draft: within its limits, but possibly unfinished (no provision yet…). */
export const ZDraftProposal = z.object(proposalFields);

/** One proposal as submitted. `text` is normalised (lib/revision/normalise.ts) on parse. */
export const ZProposalInput = z.object(proposalFields).superRefine((p, ctx) => {
  for (const problem of shapeProblems(p)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
});

export type TProposalForm = z.input<typeof ZProposalInput>;
export type TProposalInput = z.output<typeof ZProposalInput>;

/**
 * Positions (0-based) of the proposals that amend a provision an earlier proposal of the same
 * contribution already amends: one MOD, SUP or NOC per provision (two would contradict each
 * other, and the consolidated text would show the contribution in conflict with itself). Several
 * ADDs may follow the same provision, in their order. Pure.
 */
export function duplicateProvisions(proposals: readonly { marker: string; ref: string }[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  proposals.forEach((p, i) => {
    if (p.marker === "ADD" || !p.ref) return;
    if (seen.has(p.ref)) out.push(i);
    seen.add(p.ref);
  });
  return out;
}

/** The proposals of a submitted contribution: at most 200, in order, one per provision (ADD aside). */
export const ZProposals = z
  .array(ZProposalInput)
  .max(PROPOSAL_LIMITS.count, { message: `tooMany:${PROPOSAL_LIMITS.count}` })
  .superRefine((ps, ctx) => {
    for (const i of duplicateProvisions(ps)) ctx.addIssue({ code: "custom", path: [i, "ref"], message: "duplicateProvision" });
  })
  .default([]);
/** The proposals of a draft. */
export const ZDraftProposals = z.array(ZDraftProposal).max(PROPOSAL_LIMITS.count, { message: `tooMany:${PROPOSAL_LIMITS.count}` }).default([]);

export interface ProposalProblem {
  field: "marker" | "ref" | "text" | "reasons";
  message: string;
}

/** Rules that need no baseline: a provision is named, text present or absent by marker. */
function shapeProblems(p: { marker: ProposalMarker; ref: string; text: string }): ProposalProblem[] {
  const out: ProposalProblem[] = [];
  if (!p.ref) out.push({ field: "ref", message: p.marker === "ADD" ? "addNeedsAnchor" : "chooseProvision" });
  if ((p.marker === "MOD" || p.marker === "ADD") && !p.text) out.push({ field: "text", message: p.marker === "MOD" ? "modNeedsText" : "addNeedsText" });
  if (p.marker === "SUP" && p.text) out.push({ field: "text", message: "supNoText" });
  if (p.marker === "NOC" && p.text) out.push({ field: "text", message: "nocNoText" });
  return out;
}

/** Rules a draft must meet too: it can only be stored on a provision, and SUP/NOC hold no text. */
function storageProblems(p: { marker: ProposalMarker; ref: string; text: string }): ProposalProblem[] {
  return shapeProblems(p).filter((problem) => problem.field === "ref" || problem.message === "supNoText" || problem.message === "nocNoText");
}

/** What the rules need to know of a baseline provision. */
export interface ProvisionForRules {
  text: string;
  partial: boolean;
}

/**
 * Every problem of proposal `p` against the baseline version it amends (`provisions`, by ref),
 * with the shape rules included. `complete` (submission) applies every rule; a draft
 * (`complete: false`) only those without which it cannot be stored (a known provision, no text on
 * SUP/NOC): a MOD starts as the baseline text and is edited from there, reasons come later.
 * Pure; never throws. Returns [] when the proposal may be stored.
 */
export function proposalProblems(
  p: { marker: ProposalMarker; ref: string; text: string; reasons: string },
  provisions: ReadonlyMap<string, ProvisionForRules>,
  { complete }: { complete: boolean },
): ProposalProblem[] {
  const out = complete ? shapeProblems(p) : storageProblems(p);
  const provision = p.ref ? provisions.get(p.ref) : undefined;
  if (p.ref && !provision) out.push({ field: "ref", message: "unknownProvision" });
  if (complete && provision && p.marker === "MOD") {
    // The baseline is compared in the same normal form as the proposal (its own spacing aside).
    if (p.text && normaliseProposalText(provision.text).text === p.text) out.push({ field: "text", message: "noChangeUseNoc" });
    if (provision.partial) out.push({ field: "ref", message: "baselinePartial" });
  }
  if (complete && !p.reasons) out.push({ field: "reasons", message: "reasonsRequired" });
  return out;
}
