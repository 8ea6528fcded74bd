"use server";
/**
 * Affiliation actions: request (form with react-hook-form: returns a result), verify/reject by the
 * secretariat and add/remove by a focal point (form posts that redirect with ?done=). Every one
 * re-checks the caller in its service.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZId, isId } from "@/lib/schemas/id";
import { getActor } from "@/lib/auth/actor";
import { localeOf } from "./form-locale";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZAddContributor, ZAffiliationRequest } from "@/lib/schemas/affiliation";
import { fieldErrorsOf, optionalText } from "@/lib/schemas/text";
import { requestAffiliation } from "@/lib/services/organisations/request-affiliation";
import { verifyAffiliation } from "@/lib/services/organisations/verify-affiliation";
import { addContributor, removeContributor } from "@/lib/services/organisations/manage-members";

export type FormState = ActionResult | null;


export async function requestAffiliationAction(raw: unknown): Promise<ActionResult<{ organisationId: string }>> {
  const parsed = ZAffiliationRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await requestAffiliation(await getActor(), parsed.data) };
  } catch (e) {
    return toFailure(e);
  }
}

const ZVerify = z.object({ membershipId: ZId, decision: z.enum(["verify", "reject"]), reason: optionalText(2_000) });

export async function verifyAffiliationAction(_p: FormState, form: FormData): Promise<FormState> {
  const parsed = ZVerify.safeParse({ membershipId: form.get("membershipId"), decision: form.get("decision"), reason: form.get("reason") ?? "" });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await verifyAffiliation(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/secretariat/affiliations?done=${parsed.data.decision}`);
}

export async function addContributorAction(_p: FormState, form: FormData): Promise<FormState> {
  const parsed = ZAddContributor.safeParse({ organisationId: form.get("organisationId"), email: form.get("email"), name: form.get("name") });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await addContributor(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/organisation?done=added`);
}

export async function removeContributorAction(_p: FormState, form: FormData): Promise<FormState> {
  const membershipId = String(form.get("membershipId") ?? "");
  if (!isId(membershipId)) return { ok: false, code: "NOT_FOUND" };
  try {
    await removeContributor(await getActor(), { membershipId });
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/organisation?done=removed`);
}
