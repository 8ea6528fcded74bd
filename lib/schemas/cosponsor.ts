/**
 * Co-sponsorship forms: the lead organisation invites another organisation or withdraws an
 * invitation; the invited focal point confirms or declines. One schema for form, action, service.
 */
import { z } from "zod";
import { COSPONSOR_RESPONSES } from "@/lib/rules/statuses";
import { ZId, ZRecordId, zIdChoice } from "./id";

export const ZInviteCoSponsor = z.object({ contributionId: ZRecordId, organisationId: zIdChoice("chooseOrganisation") });
export const ZWithdrawCoSponsor = z.object({ contributionId: ZId, coSponsorId: ZId });
export const ZRespondCoSponsorship = z.object({ coSponsorId: ZId, response: z.enum(COSPONSOR_RESPONSES) });
