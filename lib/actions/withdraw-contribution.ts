"use server";
/** Withdrawal by the organisation (form post; works without JavaScript). Redirects on success. */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZWithdrawInput } from "@/lib/schemas/contribution";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { withdrawContribution } from "@/lib/services/contributions/withdraw-contribution";

export type WithdrawState = ActionResult | null;

export async function withdrawContributionAction(_previous: WithdrawState, form: FormData): Promise<WithdrawState> {
  const parsed = ZWithdrawInput.safeParse({ contributionId: form.get("contributionId"), expectedStatus: form.get("expectedStatus"), reason: form.get("reason") ?? "" });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await withdrawContribution(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  const locale = localeOf(form);
  redirect(`/${locale}/my/contributions/${encodeURIComponent(parsed.data.contributionId)}?done=WITHDRAWN`);
}
