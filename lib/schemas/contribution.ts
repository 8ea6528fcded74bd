/**
 * The contribution schemas: one zod object per use, shared by the react-hook-form resolver
 * (browser), the server action (safeParse) and the service (its input type).
 *
 * - ZContributionInput: a complete contribution, checked at submission and resubmission.
 * - ZDraftInput: the same fields, every one allowed to be empty (autosave of a draft), but never
 *   over its limit and never of an unknown kind.
 *
 * Limits (code points): title 300, summary 3,000, body 200,000 (a long Word contribution such
 * as the seed fixture is ~22,000), each answer 20,000. The database repeats them (CHECK).
 */
import { z } from "zod";
import { ZId, zIdChoice } from "./id";
import { ACTION_LINE_CODES, C7_SUBITEM_KEYS, LANGUAGES } from "@/lib/reference";
import { codePointLength, exactText, isStorable, nfc, optionalText, requiredText } from "./text";
import { ZDraftProposals, ZProposals } from "./proposal";

export const LIMITS = { title: 300, summary: 3_000, body: 200_000, answer: 20_000 } as const;

export const CONTRIBUTION_TYPES = ["GENERAL_INPUT", "ACTION_LINE_REVISION"] as const;

const unique = <T,>(a: T[]) => new Set(a).size === a.length;

const common = {
  consultationId: ZId,
  organisationId: zIdChoice("chooseOrganisation"),
  type: z.enum(CONTRIBUTION_TYPES, { error: "required" }),
  /** Version of the baseline text the proposals amend (Action Line revision only). */
  baselineVersion: z.coerce.number().int().min(1).max(10_000).optional(),
  sdgs: z.array(z.number().int().min(1).max(17)).refine(unique, "duplicate"),
  /** C7 sub-items; kept only when C7 is among the Action Lines (the service drops them otherwise). */
  c7SubItems: z.array(z.enum(C7_SUBITEM_KEYS)).refine(unique, "duplicate").default([]),
  answers: z
    .array(z.object({ questionId: ZId, text: optionalText(LIMITS.answer) }))
    .max(50)
    .refine((a) => unique(a.map((x) => x.questionId)), "duplicate"),
  /** One per rendered form: a replayed submit returns the first result (never a second one). */
  idempotencyKey: z.string().uuid(),
  /**
   * The organisation agrees to be named publicly if the secretariat finds that others sent the
   * same text (a campaign, issue 14 item 4). Off unless ticked.
   */
  nameInCampaign: z.boolean().optional(),
};

const contributionObject = z.object({
  ...common,
  title: requiredText(LIMITS.title, 3, { singleLine: true }),
  summary: requiredText(LIMITS.summary),
  body: exactText(LIMITS.body),
  language: z.enum(LANGUAGES, { error: "chooseLanguage" }),
  actionLines: z.array(z.enum(ACTION_LINE_CODES)).min(1, "chooseActionLine").refine(unique, "duplicate"),
  proposals: ZProposals,
});
export const ZContributionInput = contributionObject.superRefine(proposalsMatchType);

export const ZDraftInput = z.object({
  ...common,
  title: optionalText(LIMITS.title),
  summary: optionalText(LIMITS.summary),
  body: z
    .string()
    .default("")
    .transform(nfc)
    .refine(isStorable, { message: "invalidCharacters" })
    .refine((s) => codePointLength(s) <= LIMITS.body, { message: `tooLong:${LIMITS.body}` }),
  language: z.enum(LANGUAGES).optional().or(z.literal("").transform(() => undefined)),
  actionLines: z.array(z.enum(ACTION_LINE_CODES)).refine(unique, "duplicate"),
  proposals: ZDraftProposals,
});

/**
 * An Action Line revision proposal holds at least one proposal; a general input holds none
 * (proposals typed before switching the type back are refused, not silently dropped).
 */
function proposalsMatchType(c: { type: string; proposals: unknown[] }, ctx: z.RefinementCtx) {
  if (c.type === "ACTION_LINE_REVISION" && c.proposals.length === 0) ctx.addIssue({ code: "custom", path: ["proposals"], message: "proposalRequired" });
  if (c.type !== "ACTION_LINE_REVISION" && c.proposals.length > 0) ctx.addIssue({ code: "custom", path: ["proposals"], message: "proposalsNeedRevisionType" });
}

/** What the form holds (before transforms). */
export type TContributionForm = z.input<typeof ZContributionInput>;
/** What the server works with (trimmed, validated). */
export type TContributionInput = z.output<typeof ZContributionInput>;
export type TDraftInput = z.output<typeof ZDraftInput>;

/** Resubmission after changes were requested: the complete content and the status seen. */
export const ZResubmitInput = contributionObject.extend({ contributionId: ZId, expectedStatus: z.literal("CHANGES_REQUESTED") }).superRefine(proposalsMatchType);
export type TResubmitInput = z.output<typeof ZResubmitInput>;

export const ZWithdrawInput = z.object({ contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000) });
export type TWithdrawInput = z.output<typeof ZWithdrawInput>;
