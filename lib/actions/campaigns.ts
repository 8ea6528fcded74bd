"use server";
/**
 * Confirming a group of near-identical texts as a campaign, and dissolving one (form posts from
 * /secretariat/duplicates). The service re-checks the caller (contribution.mark-duplicate).
 */
import { serverAction } from "./action-client";
import { listWithSpaced } from "./read-form";
import { ZConfirmCampaign, ZDissolveCampaign } from "@/lib/schemas/triage";
import { confirmCampaign, dissolveCampaign } from "@/lib/services/triage/campaigns";

export const confirmCampaignAction = serverAction({
  publicChange: true,
  schema: ZConfirmCampaign,
  // The members listed one by one (ticked), plus those the group only counts, posted as one
  // space-separated field (lib/services/triage/campaigns.ts CANDIDATE_MEMBERS_SHOWN).
  fromForm: listWithSpaced("memberIds", "moreMemberIds"),
  run: (input, { actor }) => confirmCampaign(actor, input),
  redirectTo: () => `/secretariat/duplicates?done=campaign#campaigns`,
});

export const dissolveCampaignAction = serverAction({
  publicChange: true,
  schema: ZDissolveCampaign,
  run: (input, { actor }) => dissolveCampaign(actor, input),
  redirectTo: () => `/secretariat/duplicates?done=campaign#campaigns`,
});
