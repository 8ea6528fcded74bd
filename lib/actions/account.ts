"use server";
/** The person's own account: deletion (confirmed by typing their e-mail address). */
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { toFailure, type ActionResult } from "@/lib/errors";
import { ZDeleteAccount } from "@/lib/schemas/admin";
import { deleteAccount } from "@/lib/services/account/delete-account";
import { localeOf } from "./form-locale";

export type AccountFormState = ActionResult | null;

export async function deleteAccountAction(_p: AccountFormState, form: FormData): Promise<AccountFormState> {
  const parsed = ZDeleteAccount.safeParse({ confirmEmail: String(form.get("confirmEmail") ?? "") });
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: { confirmEmail: ["confirmEmail"] } };
  try {
    await deleteAccount(await getActor(), parsed.data);
  } catch (e) {
    return toFailure(e);
  }
  redirect(`/${localeOf(form)}/account/deleted`);
}
