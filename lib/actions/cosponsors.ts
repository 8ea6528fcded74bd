"use server";
/**
 * Co-sponsorship actions (form posts; work without JavaScript): invite and withdraw by the lead
 * organisation, confirm or decline by the invited focal point. Each re-checks the caller in its
 * service and redirects back with ?cosponsor=<new status> on success.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZId } from "@/lib/schemas/id";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { withdrawCoSponsor } from "@/lib/services/cosponsors/withdraw-invitation";

export type CoSponsorState = ActionResult | null;


const ZInvite = z.object({ contributionId: ZId, organisationId: ZId });
const ZWithdraw = z.object({ contributionId: ZId, coSponsorId: ZId });
const ZRespond = z.object({ coSponsorId: ZId, response: z.enum(["CONFIRMED", "DECLINED"]) });

export async function inviteCoSponsorAction(_p: CoSponsorState, form: FormData): Promise<CoSponsorState> {
  const parsed = ZInvite.safeParse({ contributionId: form.get("contributionId"), organisationId: form.get("organisationId") });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: { organisationId: ["chooseOrganisation"] } };
  try {
    await inviteCoSponsor(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/my/contributions/${encodeURIComponent(parsed.data.contributionId)}?cosponsor=INVITED`);
}

export async function withdrawCoSponsorAction(_p: CoSponsorState, form: FormData): Promise<CoSponsorState> {
  const parsed = ZWithdraw.safeParse({ contributionId: form.get("contributionId"), coSponsorId: form.get("coSponsorId") });
  if (!parsed.success) return { ok: false, code: "VALIDATION" };
  try {
    await withdrawCoSponsor(await getActor(), { coSponsorId: parsed.data.coSponsorId });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/my/contributions/${encodeURIComponent(parsed.data.contributionId)}?cosponsor=WITHDRAWN`);
}

export async function respondCoSponsorshipAction(_p: CoSponsorState, form: FormData): Promise<CoSponsorState> {
  const parsed = ZRespond.safeParse({ coSponsorId: form.get("coSponsorId"), response: form.get("response") });
  if (!parsed.success) return { ok: false, code: "VALIDATION" };
  try {
    await respondCoSponsorship(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/cosponsorships?done=${parsed.data.response}`);
}
