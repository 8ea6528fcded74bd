"use server";
/** Extension actions (form posts): the organisation asks, the secretariat grants or refuses. */
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZId } from "@/lib/schemas/id";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { fieldErrorsOf, optionalText } from "@/lib/schemas/text";
import { answerExtension, requestExtension } from "@/lib/services/contributions/extensions";
import { instantFromLocal } from "@/lib/services/consultations/deadline";

export type ExtensionState = ActionResult | null;


const ZRequest = z.object({ contributionId: ZId, note: optionalText(2_000) });
const ZAnswer = z.object({
  contributionId: ZId,
  decision: z.enum(["grant", "refuse"]),
  until: z.string().default(""),
  timeZone: z.string().min(1),
  reason: optionalText(2_000),
});

export async function requestExtensionAction(_p: ExtensionState, form: FormData): Promise<ExtensionState> {
  const parsed = ZRequest.safeParse({ contributionId: form.get("contributionId"), note: form.get("note") ?? "" });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await requestExtension(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/my/contributions/${encodeURIComponent(parsed.data.contributionId)}?extension=request`);
}

export async function answerExtensionAction(_p: ExtensionState, form: FormData): Promise<ExtensionState> {
  const parsed = ZAnswer.safeParse({ contributionId: form.get("contributionId"), decision: form.get("decision"), until: form.get("until") ?? "", timeZone: form.get("timeZone"), reason: form.get("reason") ?? "" });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  const { contributionId, decision, reason } = parsed.data;
  try {
    // The secretariat types the new deadline as a wall-clock time in the consultation's zone.
    await answerExtension(await getActor(), { contributionId, decision, reason, until: instantFromLocal(parsed.data.until, parsed.data.timeZone) });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/secretariat/extensions?done=${decision}`);
}
