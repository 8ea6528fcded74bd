/**
 * Affiliation requests: a signed-in person asks to act for an existing organisation, or proposes
 * a new one (which the secretariat verifies; the proposer becomes its focal point). One schema for
 * the form, the action and the service.
 */
import { z } from "zod";
import { ZId, ZRecordId, zIdChoice } from "./id";
import { ITU_REGIONS } from "@/lib/reference";
import { isCountryCode } from "@/lib/reference/countries";
import { optionalText, requiredText } from "./text";

export const MEMBERSHIP_CATEGORIES = ["MEMBER_STATE", "SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA", "NON_MEMBER"] as const;
export const STAKEHOLDER_GROUPS = ["GOVERNMENT", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "INTERNATIONAL_ORGANIZATION", "TECHNICAL_COMMUNITY", "ACADEMIC_COMMUNITY"] as const;

export const ZNewOrganisation = z.object({
  name: requiredText(200, 2, { singleLine: true }),
  /** Used in ITU proposal numbers (e.g. "ATU"): 2–10 capital letters or digits. */
  shortCode: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9]{1,9}$/, "shortCode"),
  membershipCategory: z.enum(MEMBERSHIP_CATEGORIES, { error: "required" }),
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS, { error: "required" }),
  // The form parses with this schema and sends its output, which the action parses again: "no
  // country" / "no region" arrive as null then, and must pass (issue 12 item 14: Region "None"
  // failed on the server with no message on any field).
  country: z
    .preprocess((v) => v ?? "", z.string())
    .transform((c) => c.trim().toUpperCase())
    .refine((c) => c === "" || isCountryCode(c), "country")
    .transform((c) => c || null),
  ituRegion: z
    .preprocess((v) => v ?? "", z.string())
    .refine((r) => r === "" || (ITU_REGIONS as string[]).includes(r), "region")
    .transform((r) => r || null),
});

export const ZAffiliationRequest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("existing"), personName: requiredText(120, 2, { singleLine: true }), organisationId: zIdChoice("chooseOrganisation") }),
  z.object({ kind: z.literal("new"), personName: requiredText(120, 2, { singleLine: true }), organisation: ZNewOrganisation }),
]);
export type TAffiliationRequest = z.output<typeof ZAffiliationRequest>;

export const ZAddContributor = z.object({
  organisationId: ZId,
  email: z.string().trim().toLowerCase().pipe(z.email("email")),
  name: requiredText(120, 2, { singleLine: true }),
});
export type TAddContributor = z.output<typeof ZAddContributor>;

/** The secretariat's answer to an affiliation request (verify or reject, with a reason). */
export const ZVerifyAffiliation = z.object({ membershipId: ZId, decision: z.enum(["verify", "reject"]), reason: optionalText(2_000) });

/** A focal point removes a contributor of their organisation. */
export const ZRemoveContributor = z.object({ membershipId: ZRecordId });

/** The invited person's answer to a focal point's invitation (issue 12 item 5). */
export const ZRespondMembershipInvitation = z.object({ membershipId: ZRecordId, response: z.enum(["accept", "decline"]) });
