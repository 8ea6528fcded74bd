"use server";
/**
 * Co-sponsorship actions (form posts; work without JavaScript): invite and withdraw by the lead
 * organisation, confirm or decline by the invited focal point. Each re-checks the caller in its
 * service and redirects back with ?cosponsor=<new status> (or ?done=) on success.
 */
import { serverAction } from "./action-client";
import { ZInviteCoSponsor, ZRespondCoSponsorship, ZWithdrawCoSponsor } from "@/lib/schemas/cosponsor";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { withdrawCoSponsor } from "@/lib/services/cosponsors/withdraw-invitation";

export const inviteCoSponsorAction = serverAction({
  schema: ZInviteCoSponsor,
  run: (input, { actor }) => inviteCoSponsor(actor, input),
  redirectTo: (_r, input) => `/my/contributions/${encodeURIComponent(input.contributionId)}?cosponsor=INVITED`,
});

export const withdrawCoSponsorAction = serverAction({
  publicChange: true,
  schema: ZWithdrawCoSponsor,
  run: (input, { actor }) => withdrawCoSponsor(actor, { coSponsorId: input.coSponsorId }),
  redirectTo: (_r, input) => `/my/contributions/${encodeURIComponent(input.contributionId)}?cosponsor=WITHDRAWN`,
});

export const respondCoSponsorshipAction = serverAction({
  publicChange: true,
  schema: ZRespondCoSponsorship,
  run: (input, { actor }) => respondCoSponsorship(actor, input),
  redirectTo: (_r, input) => `/cosponsorships?done=${input.response}`,
});
