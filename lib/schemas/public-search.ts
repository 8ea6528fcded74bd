/**
 * The public search's URL state (?q=&al=&sdg=&lang=&group=&cat=&region=&page=), parsed leniently:
 * an unknown value is dropped rather than failing the page, so any shared link still opens.
 */
import { z } from "zod";
import { ACTION_LINE_CODES, ITU_REGIONS, LANGUAGES } from "@/lib/reference";
import { MEMBERSHIP_CATEGORIES, STAKEHOLDER_GROUPS } from "./affiliation";
import { isStorable } from "./text";

const optional = <T extends z.ZodTypeAny>(t: T) => t.optional().catch(undefined);

export const ZPublicSearch = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .refine(isStorable)
      .transform((s) => s || undefined),
  ),
  al: optional(z.enum(ACTION_LINE_CODES)),
  sdg: optional(z.coerce.number().int().min(1).max(17)),
  lang: optional(z.enum(LANGUAGES)),
  group: optional(z.enum(STAKEHOLDER_GROUPS)),
  cat: optional(z.enum(MEMBERSHIP_CATEGORIES)),
  region: optional(z.string().refine((r) => (ITU_REGIONS as string[]).includes(r))),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TPublicSearch = z.output<typeof ZPublicSearch>;
export type FacetKey = "al" | "sdg" | "lang" | "group" | "cat" | "region";
export const FACET_KEYS: FacetKey[] = ["al", "sdg", "lang", "group", "cat", "region"];

export function parsePublicSearch(params: Record<string, string | string[] | undefined>): TPublicSearch {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZPublicSearch.parse(Object.fromEntries(["q", "al", "sdg", "lang", "group", "cat", "region", "page"].map((k) => [k, first(params[k]) || undefined])));
}
