/**
 * Revisions, addenda and corrigenda of a published document: the secretariat's request, the
 * organisation's text, the secretariat's decision (with the status the decider saw).
 */
import { z } from "zod";
import { ZId } from "./id";
import { exactText, optionalText, requiredText } from "./text";
import { LIMITS } from "./contribution";
import { PART_KINDS } from "@/lib/reference/document-number";
import { PART_DECISIONS } from "@/lib/rules/document-parts";

export const ZPartKind = z.enum(PART_KINDS);

export const ZPartRequest = z.object({
  contributionId: ZId,
  kind: ZPartKind,
  note: requiredText(5_000),
});
export type TPartRequest = z.output<typeof ZPartRequest>;

export const ZPartSubmission = z.object({
  contributionId: ZId,
  kind: ZPartKind,
  /** The secretariat's request this text answers; empty when the organisation asks on its own. */
  partId: z.preprocess((v) => (v === "" || v === null ? undefined : v), ZId.optional()),
  title: requiredText(LIMITS.title, 3, { singleLine: true }),
  summary: optionalText(LIMITS.summary),
  body: exactText(LIMITS.body),
});
export type TPartSubmission = z.output<typeof ZPartSubmission>;

export const ZPartDecision = z.object({
  partId: ZId,
  decision: z.enum(PART_DECISIONS),
  expectedStatus: z.string().min(1).max(20),
  reason: optionalText(5_000),
});
export type TPartDecision = z.output<typeof ZPartDecision>;
