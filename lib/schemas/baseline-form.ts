/**
 * The form that loads a revised baseline text: a JSON definition typed or read from a file. Its
 * content is checked by the service (lib/revision/baseline-source.ts); here only that it is JSON
 * and not larger than accepted, so the error names the box, not a provision.
 */
import { z } from "zod";

/** Largest definition accepted (characters): the 2003 text is about 60,000. */
export const MAX_BASELINE_DEFINITION = 1_000_000;

export const ZBaselineForm = z.object({
  definition: z
    .string()
    .default("")
    .refine((s) => s.length <= MAX_BASELINE_DEFINITION, { message: `tooLong:${MAX_BASELINE_DEFINITION}`, abort: true })
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "invalidJson" });
        return z.NEVER;
      }
    }),
});
