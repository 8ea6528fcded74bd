/**
 * Unpublishing a published document and republishing it (issue 14 item 3). `expectedStatus` is the
 * status the secretariat saw: a contribution changed meanwhile is refused, never changed blindly.
 * The reason of an unpublication is shown publicly on the document's permanent address.
 */
import { z } from "zod";
import { ZId } from "./id";
import { optionalText, requiredText } from "./text";

export const ZPublicationInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("unpublish"), contributionId: ZId, expectedStatus: z.string().min(1), reason: requiredText(5_000) }),
  z.object({ action: z.literal("republish"), contributionId: ZId, expectedStatus: z.string().min(1), reason: optionalText(5_000) }),
]);
export type TPublicationInput = z.output<typeof ZPublicationInput>;
