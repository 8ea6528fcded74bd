"use server";
/** Withdrawal by the organisation (form post; works without JavaScript). Redirects on success. */
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getActor } from "@/lib/auth/actor";
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
  const requested = String(form.get("locale") ?? "");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  redirect(`/${locale}/my/contributions/${encodeURIComponent(parsed.data.contributionId)}?done=WITHDRAWN`);
}
