/**
 * Deadline extensions: the organisation asks (with a note), the secretariat grants (with a new
 * deadline typed as a wall-clock time in the consultation's zone) or refuses (with a reason).
 */
import { z } from "zod";
import { ZId } from "./id";
import { optionalText } from "./text";

export const ZExtensionRequest = z.object({ contributionId: ZId, note: optionalText(2_000) });

export const ZExtensionAnswer = z.object({
  contributionId: ZId,
  decision: z.enum(["grant", "refuse"]),
  until: z.string().default(""),
  timeZone: z.string().min(1),
  reason: optionalText(2_000),
});
