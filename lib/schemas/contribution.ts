/**
 * The contribution schema: one zod object used by the react-hook-form resolver (browser), the
 * server action (safeParse) and the service (its input type).
 *
 * Limits (code points): title 300, summary 3,000, body 200,000 (a long Word contribution such
 * as the seed fixture is ~22,000), each answer 20,000.
 */
import { z } from "zod";
import { ACTION_LINE_CODES, LANGUAGES } from "@/lib/reference";
import { exactText, optionalText, requiredText } from "./text";

export const LIMITS = { title: 300, summary: 3_000, body: 200_000, answer: 20_000 } as const;

export const CONTRIBUTION_TYPES = ["GENERAL_INPUT", "ACTION_LINE_REVISION"] as const;

export const ZContributionInput = z.object({
  consultationId: z.string().min(1, "required"),
  organisationId: z.string().min(1, "chooseOrganisation"),
  // Action Line revision proposals arrive with their own editor (tracker issue 6).
  type: z.enum(["GENERAL_INPUT"], { error: "required" }),
  title: requiredText(LIMITS.title, 3),
  summary: requiredText(LIMITS.summary),
  body: exactText(LIMITS.body),
  language: z.enum(LANGUAGES, { error: "chooseLanguage" }),
  actionLines: z
    .array(z.enum(ACTION_LINE_CODES))
    .min(1, "chooseActionLine")
    .refine((a) => new Set(a).size === a.length, "duplicate"),
  sdgs: z
    .array(z.number().int().min(1).max(17))
    .refine((a) => new Set(a).size === a.length, "duplicate"),
  answers: z.array(z.object({ questionId: z.string().min(1), text: optionalText(LIMITS.answer) })).max(50),
  /** One per rendered form: a replayed submit returns the first result (never a second one). */
  idempotencyKey: z.string().uuid(),
});

/** What the form holds (before transforms). */
export type TContributionForm = z.input<typeof ZContributionInput>;
/** What the server works with (trimmed, validated). */
export type TContributionInput = z.output<typeof ZContributionInput>;
