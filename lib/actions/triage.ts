"use server";
/**
 * Triage actions of the secretariat: assign, set a due date, add an internal note (form posts redirecting back),
 * and a bulk decision or bulk assignment/tags on the queue's selection (returns one result per
 * item; the queue refreshes).
 * Every one re-checks the caller in its service.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZId, isId } from "@/lib/schemas/id";
import { DECISIONS } from "@/lib/schemas/decision";
import { REASON_CODES, reasonCodesFor } from "@/lib/workflow/reason-codes";
import { fieldErrorsOf, optionalText } from "@/lib/schemas/text";
import { assignContribution } from "@/lib/services/triage/assign-contribution";
import { addInternalNote } from "@/lib/services/triage/internal-notes";
import { setDueDate } from "@/lib/services/triage/due-date";
import { isDay } from "@/lib/schemas/due-date";
import { BULK_LIMIT, bulkDecide, type BulkItemResult } from "@/lib/services/triage/bulk-decide";
import { bulkTriage } from "@/lib/services/triage/bulk-triage";
import { parseTags } from "@/lib/schemas/tags";

export type TriageState = ActionResult | null;
export type BulkState = ActionResult<BulkItemResult[]> | null;


export async function assignAction(_p: TriageState, form: FormData): Promise<TriageState> {
  const contributionId = String(form.get("contributionId") ?? "");
  const assignee = String(form.get("assigneeId") ?? "");
  if (!isId(contributionId) || (assignee && !isId(assignee))) return { ok: false, code: "NOT_FOUND" };
  try {
    await assignContribution(await getActor(), { contributionId, assigneeId: assignee || null });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/secretariat/contributions/${contributionId}?done=ASSIGNED`);
}

/** Form fields: contributionId, dueOn (YYYY-MM-DD, "" or clear=1 to remove). */
export async function setDueDateAction(_p: TriageState, form: FormData): Promise<TriageState> {
  const contributionId = String(form.get("contributionId") ?? "");
  const dueOn = form.get("clear") ? "" : String(form.get("dueOn") ?? "").trim();
  if (!isId(contributionId)) return { ok: false, code: "NOT_FOUND" };
  if (dueOn && !isDay(dueOn)) return { ok: false, code: "VALIDATION", fieldErrors: { dueOn: ["dateTime"] } };
  try {
    await setDueDate(await getActor(), { contributionId, dueOn: dueOn || null });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/secretariat/contributions/${contributionId}?done=DUE`);
}

export async function addNoteAction(_p: TriageState, form: FormData): Promise<TriageState> {
  const contributionId = String(form.get("contributionId") ?? "");
  if (!isId(contributionId)) return { ok: false, code: "NOT_FOUND" };
  try {
    await addInternalNote(await getActor(), { contributionId, text: String(form.get("text") ?? "") });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/secretariat/contributions/${contributionId}?done=NOTED#internal-notes`);
}

const ZBulk = z.object({
  decision: z.enum(DECISIONS),
  reason: optionalText(5_000),
  reasonCode: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(REASON_CODES).optional()),
  // Each selected row carries "<id>:<status as seen>", so every item keeps its own guard.
  items: z
    .array(z.string().transform((v) => v.split(":")).pipe(z.tuple([ZId, z.string().min(1)])))
    .min(1, "chooseItems")
    .max(BULK_LIMIT),
}).refine((b) => !b.reasonCode || reasonCodesFor(b.decision).includes(b.reasonCode), { path: ["reasonCode"], message: "reasonCodeMismatch" });

export async function bulkDecideAction(_p: BulkState, form: FormData): Promise<BulkState> {
  const parsed = ZBulk.safeParse({ decision: form.get("decision"), reason: form.get("reason") ?? "", reasonCode: form.get("reasonCode") ?? undefined, items: form.getAll("item") });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const results = await bulkDecide(await getActor(), {
      decision: parsed.data.decision,
      reason: parsed.data.reason,
      reasonCode: parsed.data.reasonCode,
      items: parsed.data.items.map(([contributionId, expectedStatus]) => ({ contributionId, expectedStatus })),
    });
    revalidatePath(`/${localeOf(form)}/secretariat`);
    return { ok: true, data: results };
  } catch (e) {
    return toFailure(e);
  }
}

/**
 * Bulk assignment and tags on the queue's selection (the same checkboxes as the bulk decision).
 * Fields: bulkAssignee ("" no change, "none" remove, or a user id), tags (comma-separated), item
 * ("<id>:<status>", the status is not needed here). One result per item.
 */
export async function bulkTriageAction(_p: BulkState, form: FormData): Promise<BulkState> {
  const assignee = String(form.get("bulkAssignee") ?? "");
  const parsedTags = parseTags(String(form.get("tags") ?? ""));
  if ("error" in parsedTags) return { ok: false, code: "VALIDATION", fieldErrors: { tags: [parsedTags.error] } };
  const items = form.getAll("item").map((v) => String(v).split(":")[0]);
  if (!items.length) return { ok: false, code: "VALIDATION", fieldErrors: { items: ["chooseItems"] } };
  if (items.length > BULK_LIMIT || !items.every(isId) || (assignee && assignee !== "none" && !isId(assignee))) return { ok: false, code: "VALIDATION", fieldErrors: { items: ["invalid"] } };
  try {
    const results = await bulkTriage(await getActor(), { assigneeId: assignee === "" ? undefined : assignee === "none" ? null : assignee, tags: parsedTags.tags, items });
    revalidatePath(`/${localeOf(form)}/secretariat`);
    return { ok: true, data: results };
  } catch (e) {
    return toFailure(e);
  }
}
