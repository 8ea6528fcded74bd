/**
 * The secretariat queue's URL state (?status=&sort=&dir=&page=&size=), parsed leniently: an
 * unknown or malformed value falls back to its default instead of failing the page.
 */
import { z } from "zod";

export const QUEUE_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "RESUBMITTED", "ACCEPTED", "REJECTED", "DUPLICATE", "WITHDRAWN"] as const;
export const QUEUE_SORTS = ["submittedAt", "title", "referenceNumber", "status"] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

export const ZQueueQuery = z.object({
  status: z.enum(QUEUE_STATUSES).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("submittedAt"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>])).catch(25),
});
export type TQueueQuery = z.output<typeof ZQueueQuery>;

/** Parses Next's searchParams (string | string[] | undefined values). */
export function parseQueueQuery(params: Record<string, string | string[] | undefined>): TQueueQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZQueueQuery.parse({
    status: first(params.status) || undefined,
    sort: first(params.sort),
    dir: first(params.dir),
    page: first(params.page),
    size: first(params.size),
  });
}
