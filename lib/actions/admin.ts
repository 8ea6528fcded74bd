"use server";
/**
 * The admin's actions: roles, deactivation, organisation edit, merge and withdrawn verification.
 * Each parses its form with the shared schema, calls the service (which checks the caller again
 * inside its transaction) and goes back to the screen with ?done=; a refusal comes back as an
 * ActionResult the form shows, with what was typed kept.
 */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/schemas/text";
import { ZMerge, ZOrganisationEdit, ZOrganisationTarget, ZRoleChange, ZUserTarget } from "@/lib/schemas/admin";
import { deactivateUser, reactivateUser, setUserRole } from "@/lib/services/admin/users";
import { editOrganisation, mergeOrganisations, withdrawVerification } from "@/lib/services/admin/organisations";
import { localeOf } from "./form-locale";

export type AdminFormState = ActionResult | null;

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function setUserRoleAction(_p: AdminFormState, form: FormData): Promise<AdminFormState> {
  const parsed = ZRoleChange.safeParse({ userId: field(form, "userId"), from: field(form, "from"), to: field(form, "to") });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setUserRole(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/admin/users/${parsed.data.userId}?done=role`);
}

export async function setUserActiveAction(_p: AdminFormState, form: FormData): Promise<AdminFormState> {
  const parsed = ZUserTarget.safeParse({ userId: field(form, "userId") });
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  const deactivate = field(form, "op") === "deactivate";
  try {
    const actor = await getActor();
    await (deactivate ? deactivateUser(actor, parsed.data) : reactivateUser(actor, parsed.data));
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/admin/users/${parsed.data.userId}?done=${deactivate ? "deactivated" : "reactivated"}`);
}

export async function editOrganisationAction(_p: AdminFormState, form: FormData): Promise<AdminFormState> {
  const parsed = ZOrganisationEdit.safeParse({
    organisationId: field(form, "organisationId"),
    updatedAt: field(form, "updatedAt"),
    name: field(form, "name"),
    membershipCategory: field(form, "membershipCategory"),
    stakeholderGroup: field(form, "stakeholderGroup"),
    country: field(form, "country"),
    ituRegion: field(form, "ituRegion"),
  });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await editOrganisation(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/admin/organisations/${parsed.data.organisationId}?done=edited`);
}

export async function withdrawVerificationAction(_p: AdminFormState, form: FormData): Promise<AdminFormState> {
  const parsed = ZOrganisationTarget.safeParse({ organisationId: field(form, "organisationId"), updatedAt: field(form, "updatedAt") });
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await withdrawVerification(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/admin/organisations/${parsed.data.organisationId}?done=unverified`);
}

export async function mergeOrganisationsAction(_p: AdminFormState, form: FormData): Promise<AdminFormState> {
  const parsed = ZMerge.safeParse({
    sourceId: field(form, "sourceId"),
    sourceUpdatedAt: field(form, "sourceUpdatedAt"),
    survivorId: field(form, "survivorId"),
    survivorUpdatedAt: field(form, "survivorUpdatedAt"),
  });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await mergeOrganisations(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/admin/organisations/${parsed.data.survivorId}?done=merged`);
}
