/**
 * The secretariat queue's URL state, parsed leniently: an unknown or malformed value falls back to
 * its default (or no filter) instead of failing the page. Filters: status, type, Action Line (al),
 * SDG, original language, stakeholder group, membership category, ITU region, country (ISO 3166),
 * submitted from/to (YYYY-MM-DD, UTC days, both inclusive), has attachments, assignee, marked as a duplicate (dup), overdue (past its due day, still waiting for the secretariat), tag (exact), meeting (listed for that CWG meeting), and q: full
 * text over title, summary and body (the public search's matching, trimmed, at most 200 characters).
 * Paging: sort, dir, page, size, and asof: the instant the first page of this reading was read, so
 * that later pages hold still while new contributions arrive (they are counted, not mixed in).
 * The export route reads the same state.
 */
import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { facetFilterFields, lenient as optional } from "./facet-filters";
import { isStorable, nfc } from "./text";
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));

import { QUEUE_STATUSES } from "@/lib/rules/statuses";
export { QUEUE_STATUSES };
export const QUEUE_SORTS = ["submittedAt", "title", "referenceNumber", "status"] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export const ZQueueQuery = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .refine(isStorable)
      .transform((s) => nfc(s) || undefined),
  ),
  status: z.enum(QUEUE_STATUSES).optional().catch(undefined),
  type: optional(z.enum(["GENERAL_INPUT", "ACTION_LINE_REVISION"])),
  ...facetFilterFields,
  country: optional(z.string().toUpperCase().refine(isCountryCode)),
  from: optional(day),
  to: optional(day),
  attachments: optional(z.enum(["yes", "no"])),
  assignee: optional(z.enum(["me", "none"])),
  dup: optional(z.enum(["yes", "no"])),
  overdue: optional(z.enum(["yes"])),
  tag: optional(z.string().trim().min(1).max(40).refine(isStorable)),
  /** Listed for the CWG meeting of this number (its compilation and files). */
  meeting: optional(z.coerce.number().int().min(1).max(9999)),
  /** Only contributions submitted at or before this instant (ISO 8601, UTC): one reading's pages. */
  asof: z.iso.datetime().optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("submittedAt"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>])).catch(25),
});
/**
 * The URL's query, plus the viewer's interface language: titles sort in its ICU collation (issue
 * 12 item 19). `locale` never comes from the URL's filters; the page or export passes its own.
 */
export type TQueueQuery = z.output<typeof ZQueueQuery> & { locale?: string };
/** The queue's filter and order without paging: what the queue, its exports and export jobs share. */
export type QueueFilter = Omit<TQueueQuery, "page" | "size">;

/** Every URL parameter of the queue, filters first. */
export const QUEUE_FILTERS = ["q", "status", "type", "al", "sdg", "lang", "group", "cat", "region", "country", "from", "to", "attachments", "assignee", "dup", "overdue", "tag", "meeting"] as const;
export const QUEUE_PARAMS = [...QUEUE_FILTERS, "asof", "sort", "dir", "page", "size"] as const;

/** Parses Next's searchParams (string | string[] | undefined values). */
export function parseQueueQuery(params: Record<string, string | string[] | undefined>, locale?: string): TQueueQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = ZQueueQuery.parse(Object.fromEntries(QUEUE_PARAMS.map((k) => [k, first(params[k]) || undefined])));
  return locale ? { ...query, locale } : query;
}
