"use server";
/**
 * Triage actions of the secretariat: assign, set a due date, add an internal note (form posts
 * redirecting back), and a bulk decision or bulk assignment/tags on the queue's selection (one
 * result per item; the queue refreshes). Every one re-checks the caller in its service.
 */
import { serverAction } from "./action-client";
import { readForm } from "./read-form";
import { ZAssign, ZBulkDecide, ZBulkTriage, ZDueDate, ZInternalNote, bulkFormInput } from "@/lib/schemas/triage";
import { assignContribution } from "@/lib/services/triage/assign-contribution";
import { addInternalNote } from "@/lib/services/triage/internal-notes";
import { setDueDate } from "@/lib/services/triage/due-date";
import { bulkDecide } from "@/lib/services/triage/bulk-decide";
import { bulkTriage } from "@/lib/services/triage/bulk-triage";

const page = (contributionId: string) => `/secretariat/contributions/${contributionId}`;
const bulkForm = (form: FormData) => bulkFormInput(readForm(form, ["item"]));

export const assignAction = serverAction({
  schema: ZAssign,
  run: (input, { actor }) => assignContribution(actor, input),
  redirectTo: (_r, input) => `${page(input.contributionId)}?done=ASSIGNED`,
});

/** Form fields: contributionId, dueOn (YYYY-MM-DD, "" or clear=1 to remove). */
export const setDueDateAction = serverAction({
  schema: ZDueDate,
  run: (input, { actor }) => setDueDate(actor, input),
  redirectTo: (_r, input) => `${page(input.contributionId)}?done=DUE`,
});

export const addNoteAction = serverAction({
  schema: ZInternalNote,
  run: (input, { actor }) => addInternalNote(actor, input),
  redirectTo: (_r, input) => `${page(input.contributionId)}?done=NOTED#internal-notes`,
});

export const bulkDecideAction = serverAction({
  publicChange: true,
  schema: ZBulkDecide,
  fromForm: bulkForm,
  run: (input, { actor }) => bulkDecide(actor, input),
  data: (results) => results,
  revalidate: () => "/secretariat",
});

export const bulkTriageAction = serverAction({
  schema: ZBulkTriage,
  fromForm: bulkForm,
  run: (input, { actor }) => bulkTriage(actor, input),
  data: (results) => results,
  revalidate: () => "/secretariat",
});
