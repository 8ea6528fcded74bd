/**
 * Secretariat decisions on a contribution. `expectedStatus` is the status the deciding person
 * saw: when the contribution changed meanwhile, the decision is refused (never applied blindly).
 */
import { z } from "zod";
import { ZId } from "./id";
import { optionalText, requiredText } from "./text";

export const DECISIONS = ["startReview", "accept", "reject", "requestChanges"] as const;
export type Decision = (typeof DECISIONS)[number];

export const ZDecisionInput = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("startReview"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000) }),
  z.object({ decision: z.literal("accept"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000) }),
  z.object({ decision: z.literal("reject"), contributionId: ZId, expectedStatus: z.string().min(1), reason: requiredText(5_000) }),
  z.object({ decision: z.literal("requestChanges"), contributionId: ZId, expectedStatus: z.string().min(1), reason: requiredText(5_000) }),
]);
export type TDecisionInput = z.output<typeof ZDecisionInput>;
