"use server";
/**
 * Confirming a group of near-identical texts as a campaign, and dissolving one (form posts from
 * /secretariat/duplicates). The service re-checks the caller (contribution.mark-duplicate).
 */
import { serverAction } from "./action-client";
import { listsOf } from "./read-form";
import { ZConfirmCampaign, ZDissolveCampaign } from "@/lib/schemas/triage";
import { confirmCampaign, dissolveCampaign } from "@/lib/services/triage/campaigns";

export const confirmCampaignAction = serverAction({
  publicChange: true,
  schema: ZConfirmCampaign,
  fromForm: listsOf("memberIds"),
  run: (input, { actor }) => confirmCampaign(actor, input),
  redirectTo: () => `/secretariat/duplicates?done=campaign#campaigns`,
});

export const dissolveCampaignAction = serverAction({
  publicChange: true,
  schema: ZDissolveCampaign,
  run: (input, { actor }) => dissolveCampaign(actor, input),
  redirectTo: () => `/secretariat/duplicates?done=campaign#campaigns`,
});
