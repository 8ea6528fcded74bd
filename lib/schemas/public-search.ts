/**
 * The public search's URL state (?q=&al=&sdg=&lang=&group=&cat=&region=&page=), parsed leniently:
 * an unknown value is dropped rather than failing the page, so any shared link still opens.
 */
import { z } from "zod";
import { facetFilterFields, lenient as optional } from "./facet-filters";
import { isStorable } from "./text";

export const ZPublicSearch = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .refine(isStorable)
      .transform((s) => s || undefined),
  ),
  ...facetFilterFields,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TPublicSearch = z.output<typeof ZPublicSearch>;
export type FacetKey = "al" | "sdg" | "lang" | "group" | "cat" | "region";
export const FACET_KEYS: FacetKey[] = ["al", "sdg", "lang", "group", "cat", "region"];

export function parsePublicSearch(params: Record<string, string | string[] | undefined>): TPublicSearch {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZPublicSearch.parse(Object.fromEntries(["q", "al", "sdg", "lang", "group", "cat", "region", "page"].map((k) => [k, first(params[k]) || undefined])));
}
