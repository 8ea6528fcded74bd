/**
 * URL filters shared by the public search and the secretariat queue (Action Line, SDG, language,
 * stakeholder group, membership category, ITU region), each lenient: an unknown value means "no
 * filter", so a shared or hand-edited link still opens.
 */
import { z } from "zod";
import { ACTION_LINE_CODES, ITU_REGIONS, LANGUAGES } from "@/lib/reference";
import { MEMBERSHIP_CATEGORIES, STAKEHOLDER_GROUPS } from "./affiliation";

/** `t`, or undefined when the value does not parse. */
export const lenient = <T extends z.ZodTypeAny>(t: T) => t.optional().catch(undefined);

export const facetFilterFields = {
  al: lenient(z.enum(ACTION_LINE_CODES)),
  sdg: lenient(z.coerce.number().int().min(1).max(17)),
  lang: lenient(z.enum(LANGUAGES)),
  group: lenient(z.enum(STAKEHOLDER_GROUPS)),
  cat: lenient(z.enum(MEMBERSHIP_CATEGORIES)),
  region: lenient(z.string().refine((r) => (ITU_REGIONS as string[]).includes(r))),
};
