/**
 * The secretariat's triage forms: assignment, due day, internal note, duplicate mark, and the
 * queue's bulk decision and bulk assignment/tags. Ids of the record acted on are ZRecordId (an
 * id that can name nothing answers NOT_FOUND, as an unknown one does).
 */
import { z } from "zod";
import { NOT_FOUND_ISSUE, ZId, ZRecordId, isId } from "./id";
import { isDay } from "./due-date";
import { parseTags } from "./tags";
import { optionalText } from "./text";
import { DECISIONS } from "./decision";
import { REASON_CODES, reasonCodesFor } from "@/lib/workflow/reason-codes";

/** Most items one bulk request may carry (the queue's largest page). */
export const BULK_LIMIT = 200;

/** An optional record id: "" (nothing chosen, or "remove") reads as null. */
const optionalRecordId = z
  .string()
  .default("")
  .refine((v) => v === "" || isId(v), NOT_FOUND_ISSUE)
  .transform((v) => v || null);

export const ZAssign = z.object({ contributionId: ZRecordId, assigneeId: optionalRecordId });

/** dueOn is a day YYYY-MM-DD; "" or the clear button (clear=1) removes it. */
export const ZDueDate = z
  .object({ contributionId: ZRecordId, dueOn: z.string().default("").transform((s) => s.trim()), clear: z.string().optional() })
  .transform(({ contributionId, dueOn, clear }) => ({ contributionId, dueOn: clear ? "" : dueOn }))
  .refine((v) => !v.dueOn || isDay(v.dueOn), { path: ["dueOn"], message: "dateTime" })
  .transform(({ contributionId, dueOn }) => ({ contributionId, dueOn: dueOn || null }));

/** The note's text is checked by the service (required, storable, at most 10,000). */
export const ZInternalNote = z.object({ contributionId: ZRecordId, text: z.string().default("") });

/** Mark a contribution a duplicate of another ("" unmarks); `expected` is the mark as seen. */
export const ZMarkDuplicate = z.object({ contributionId: ZRecordId, duplicateOfId: optionalRecordId, expected: optionalRecordId });

export const ZBulkDecide = z
  .object({
    decision: z.enum(DECISIONS),
    reason: optionalText(5_000),
    reasonCode: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(REASON_CODES).optional()),
    // Each selected row carries "<id>:<status as seen>", so every item keeps its own guard.
    items: z
      .array(z.string().transform((v) => v.split(":")).pipe(z.tuple([ZId, z.string().min(1)])))
      .min(1, "chooseItems")
      .max(BULK_LIMIT),
  })
  .refine((b) => !b.reasonCode || reasonCodesFor(b.decision).includes(b.reasonCode), { path: ["reasonCode"], message: "reasonCodeMismatch" })
  .transform(({ items, ...rest }) => ({ ...rest, items: items.map(([contributionId, expectedStatus]) => ({ contributionId, expectedStatus })) }));

/**
 * Bulk assignment and tags on the same selection. bulkAssignee: "" no change, "none" remove, or a
 * user id; tags comma-separated; items "<id>:<status>" (the status is not needed here).
 */
export const ZBulkTriage = z
  .object({ bulkAssignee: z.string().default(""), tags: z.string().default(""), items: z.array(z.string()) })
  .transform(({ bulkAssignee, tags, items: selected }, ctx) => {
    const parsed = parseTags(tags);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", path: ["tags"], message: parsed.error });
      return z.NEVER;
    }
    const items = selected.map((v) => v.split(":")[0]);
    if (!items.length) ctx.addIssue({ code: "custom", path: ["items"], message: "chooseItems" });
    else if (items.length > BULK_LIMIT || !items.every(isId) || (bulkAssignee && bulkAssignee !== "none" && !isId(bulkAssignee))) ctx.addIssue({ code: "custom", path: ["items"], message: "invalid" });
    return { assigneeId: bulkAssignee === "" ? undefined : bulkAssignee === "none" ? null : bulkAssignee, tags: parsed.tags, items };
  });

/** The bulk form posts one "item" field per selected row: read as the list `items`. */
export function bulkFormInput(fields: Record<string, string | string[]>) {
  const { item, ...rest } = fields;
  return { ...rest, items: item };
}

/**
 * Confirming a group of near-identical texts as a campaign (issue 14 item 4): the ticked members,
 * the counted ones (a form-letter campaign can have thousands) and the representative.
 */
export const ZConfirmCampaign = z.object({ representativeId: ZRecordId, memberIds: z.array(ZRecordId).max(20_000) });
export const ZDissolveCampaign = z.object({ campaignId: ZRecordId });
