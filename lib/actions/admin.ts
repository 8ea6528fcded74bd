"use server";
/**
 * The admin's actions: roles, deactivation, organisation edit, merge and withdrawn verification.
 * Each goes through the one action wrapper (schema → actor → service → redirect with ?done=); the
 * service checks the caller again inside its transaction.
 */
import { serverAction } from "./action-client";
import { ZMerge, ZOrganisationEdit, ZOrganisationTarget, ZRoleChange, ZUserActiveChange } from "@/lib/schemas/admin";
import { deactivateUser, reactivateUser, setUserRole } from "@/lib/services/admin/users";
import { editOrganisation, mergeOrganisations, withdrawVerification } from "@/lib/services/admin/organisations";

export const setUserRoleAction = serverAction({
  schema: ZRoleChange,
  run: (input, { actor }) => setUserRole(actor, input),
  redirectTo: (_r, input) => `/admin/users/${input.userId}?done=role`,
});

export const setUserActiveAction = serverAction({
  publicChange: true,
  schema: ZUserActiveChange,
  run: async (input, { actor }): Promise<unknown> => (input.op === "deactivate" ? deactivateUser(actor, input) : reactivateUser(actor, input)),
  redirectTo: (_r, input) => `/admin/users/${input.userId}?done=${input.op === "deactivate" ? "deactivated" : "reactivated"}`,
});

export const editOrganisationAction = serverAction({
  publicChange: true,
  schema: ZOrganisationEdit,
  run: (input, { actor }) => editOrganisation(actor, input),
  redirectTo: (_r, input) => `/admin/organisations/${input.organisationId}?done=edited`,
});

export const withdrawVerificationAction = serverAction({
  schema: ZOrganisationTarget,
  run: (input, { actor }) => withdrawVerification(actor, input),
  redirectTo: (_r, input) => `/admin/organisations/${input.organisationId}?done=unverified`,
});

export const mergeOrganisationsAction = serverAction({
  publicChange: true,
  schema: ZMerge,
  run: (input, { actor }) => mergeOrganisations(actor, input),
  redirectTo: (_r, input) => `/admin/organisations/${input.survivorId}?done=merged`,
});
