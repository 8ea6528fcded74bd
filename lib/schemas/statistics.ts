/**
 * The secretariat's statistics filters (issue 14 item 7): the dashboard's and the Action Line × SDG
 * matrix's facets, from the address. Anything unknown is ignored (no filter), never an error.
 */
import { z } from "zod";
import { QUEUE_STATUSES } from "@/lib/rules/statuses";
import { ITU_REGIONS } from "@/lib/reference";
import { STAKEHOLDER_GROUPS } from "./affiliation";

export const STATISTICS_TABLES = ["byStatus", "byActionLine", "byGroup", "byRegion", "perDay", "matrix"] as const;
export type StatisticsTable = (typeof STATISTICS_TABLES)[number];

export const ZStatisticsFilter = z.object({
  status: z.enum(QUEUE_STATUSES).optional().catch(undefined),
  group: z.enum(STAKEHOLDER_GROUPS).optional().catch(undefined),
  region: z.string().refine((r) => ITU_REGIONS.includes(r)).optional().catch(undefined),
});
export type TStatisticsFilter = z.output<typeof ZStatisticsFilter>;

export const parseStatisticsFilter = (params: Record<string, string | string[] | undefined>): TStatisticsFilter =>
  ZStatisticsFilter.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
