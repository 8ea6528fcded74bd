/**
 * Secretariat decisions on a contribution. `expectedStatus` is the status the deciding person
 * saw: when the contribution changed meanwhile, the decision is refused (never applied blindly).
 * Rejections and change requests may carry a reason code (lib/workflow/reason-codes.ts).
 */
import { z } from "zod";
import { ZId } from "./id";
import { optionalText } from "./text";
import { CHANGES_REASON_CODES, REJECT_REASON_CODES } from "@/lib/workflow/reason-codes";

// "" from an unselected <select> means no code.
const code = <T extends readonly [string, ...string[]]>(codes: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(codes).optional());

export const DECISIONS = ["startReview", "accept", "reject", "requestChanges"] as const;
export type Decision = (typeof DECISIONS)[number];

export const ZDecisionInput = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("startReview"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000) }),
  z.object({ decision: z.literal("accept"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000) }),
  // A rejection or change request needs a reason: a code, a text, or both (the service checks).
  z.object({ decision: z.literal("reject"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000), reasonCode: code(REJECT_REASON_CODES) }),
  z.object({ decision: z.literal("requestChanges"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000), reasonCode: code(CHANGES_REASON_CODES) }),
]);
export type TDecisionInput = z.output<typeof ZDecisionInput>;
