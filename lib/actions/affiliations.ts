"use server";
/**
 * Affiliation actions: request (a react-hook-form form: returns a result), verify/reject by the
 * secretariat, invite/remove by a focal point and the invited person's answer (form posts that
 * redirect with ?done=). Every one
 * re-checks the caller in its service.
 */
import { serverAction } from "./action-client";
import { ZAddContributor, ZAffiliationRequest, ZRemoveContributor, ZRespondMembershipInvitation, ZVerifyAffiliation } from "@/lib/schemas/affiliation";
import { requestAffiliation } from "@/lib/services/organisations/request-affiliation";
import { verifyAffiliation } from "@/lib/services/organisations/verify-affiliation";
import { addContributor, removeContributor } from "@/lib/services/organisations/manage-members";
import { respondMembershipInvitation } from "@/lib/services/organisations/membership-invitations";

export const requestAffiliationAction = serverAction({
  schema: ZAffiliationRequest,
  run: (input, { actor }) => requestAffiliation(actor, input),
  data: (result) => result,
});

export const verifyAffiliationAction = serverAction({
  schema: ZVerifyAffiliation,
  run: (input, { actor }) => verifyAffiliation(actor, input),
  redirectTo: (_r, input) => `/secretariat/affiliations?done=${input.decision}`,
});

export const addContributorAction = serverAction({
  schema: ZAddContributor,
  run: (input, { actor }) => addContributor(actor, input),
  redirectTo: () => "/organisation?done=added",
});

export const removeContributorAction = serverAction({
  schema: ZRemoveContributor,
  run: (input, { actor }) => removeContributor(actor, input),
  redirectTo: () => "/organisation?done=removed",
});

export const respondMembershipInvitationAction = serverAction({
  schema: ZRespondMembershipInvitation,
  run: (input, { actor }) => respondMembershipInvitation(actor, input),
  redirectTo: (_r, input) => `/affiliation?done=${input.response}`,
});
