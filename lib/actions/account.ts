"use server";
/** The person's own account: deletion (confirmed by typing their e-mail address). */
import { serverAction } from "./action-client";
import { ZDeleteAccount } from "@/lib/schemas/admin";
import { deleteAccount } from "@/lib/services/account/delete-account";

export const deleteAccountAction = serverAction({
  schema: ZDeleteAccount,
  run: (input, { actor }) => deleteAccount(actor, input),
  redirectTo: () => "/account/deleted",
});
