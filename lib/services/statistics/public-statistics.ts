/**
 * Numbers for the public statistics page, over published contributions only (PUBLISHED_SQL):
 * inputs by Action Line × stakeholder group, by ITU region, and published per month.
 * A contribution on several Action Lines counts once under each.
 */
import "server-only";
import { publicReadDb } from "@/lib/db";
import { PUBLISHED_SQL } from "@/lib/auth/scopes";

export interface PublicStatistics {
  total: number;
  byActionLineAndGroup: { actionLine: string; group: string; count: number }[];
  byRegion: { region: string | null; count: number }[];
  byMonth: { month: string; count: number }[];
}

export async function publicStatistics(): Promise<PublicStatistics> {
  const db = await publicReadDb();
  const [[{ total }], byActionLineAndGroup, byRegion, byMonth] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Contribution" c WHERE ${PUBLISHED_SQL}`,
    db.$queryRaw<PublicStatistics["byActionLineAndGroup"]>`
      SELECT al AS "actionLine", o."stakeholderGroup"::text AS "group", count(*)::int AS count
      FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId", unnest(c."actionLines") al
      WHERE ${PUBLISHED_SQL} GROUP BY al, o."stakeholderGroup" ORDER BY al, o."stakeholderGroup"`,
    db.$queryRaw<PublicStatistics["byRegion"]>`
      SELECT o."ituRegion" AS region, count(*)::int AS count
      FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId"
      WHERE ${PUBLISHED_SQL} GROUP BY o."ituRegion" ORDER BY o."ituRegion" NULLS LAST`,
    db.$queryRaw<PublicStatistics["byMonth"]>`
      SELECT to_char(date_trunc('month', c."publishedAt"), 'YYYY-MM') AS month, count(*)::int AS count
      FROM "Contribution" c WHERE ${PUBLISHED_SQL} GROUP BY 1 ORDER BY 1`,
  ]);
  return { total, byActionLineAndGroup, byRegion, byMonth };
}
