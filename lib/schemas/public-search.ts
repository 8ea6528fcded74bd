/**
 * The public search's URL state (?q=&al=&c7=&sdg=&lang=&group=&cat=&region=&country=&consultation=
 * &type=&year=&page=), parsed leniently:
 * an unknown value is dropped rather than failing the page, so any shared link still opens.
 */
import { z } from "zod";
import { facetFilterFields, lenient as optional } from "./facet-filters";
import { isStorable, nfc } from "./text";
import { ZId } from "./id";
import { isCountryCode } from "@/lib/reference/countries";
import { C7_SUBITEM_KEYS } from "@/lib/reference";

export const ZPublicSearch = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .refine(isStorable)
      .transform(nfc)
      .transform((s) => s || undefined),
  ),
  ...facetFilterFields,
  /** C7 sub-item key (lib/reference C7_SUBITEM_KEYS). */
  c7: optional(z.enum(C7_SUBITEM_KEYS)),
  /** Country of the organisation, ISO 3166-1 alpha-2. */
  country: optional(z.string().toUpperCase().refine(isCountryCode)),
  /** Consultation id. */
  consultation: optional(ZId),
  type: optional(z.enum(["GENERAL_INPUT", "ACTION_LINE_REVISION"])),
  /** Year of publication (UTC). */
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TPublicSearch = z.output<typeof ZPublicSearch>;
export type FacetKey = "al" | "c7" | "sdg" | "lang" | "group" | "cat" | "region" | "country" | "consultation" | "type" | "year";
export const FACET_KEYS: FacetKey[] = ["consultation", "type", "al", "c7", "sdg", "lang", "group", "cat", "region", "country", "year"];

export function parsePublicSearch(params: Record<string, string | string[] | undefined>): TPublicSearch {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZPublicSearch.parse(Object.fromEntries(["q", ...FACET_KEYS, "page"].map((k) => [k, first(params[k]) || undefined])));
}

/**
 * The search text a person typed that the search refuses (too long, malformed characters): the
 * page keeps it in the box and explains (search.invalidQuery), the API answers 400 with the same
 * words (issue 12 item 20). Undefined when there is no text or it is accepted.
 */
export function refusedQueryOf(params: Record<string, string | string[] | undefined>, parsed: TPublicSearch): string | undefined {
  const typed = Array.isArray(params.q) ? params.q[0] : params.q;
  return typed && typed.trim() && !parsed.q ? typed : undefined;
}
