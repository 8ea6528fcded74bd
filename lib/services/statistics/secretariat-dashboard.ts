/**
 * The secretariat's dashboard numbers: contributions received (every status but draft) by
 * status, Action Line, stakeholder group and region, per day of submission, and Action Line × SDG
 * (issue 14 item 7), for the open consultation's deadline line, within the queue's scope
 * (queueSqlFor: not a draft), narrowed by the dashboard's facets (status, stakeholder group,
 * region). `statisticsTables` gives the same numbers as plain tables for CSV/XLSX downloads.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueSqlFor } from "@/lib/auth/scopes";
import { ACTION_LINE_CODES, SDG_NUMBERS } from "@/lib/reference";
import type { TStatisticsFilter } from "@/lib/schemas/statistics";

/** The queue's scope AND the chosen facets (`c` aliases "Contribution", `o` its "Organisation"). */
function whereOf(actor: Actor, f: TStatisticsFilter): Prisma.Sql {
  const parts = [queueSqlFor(actor)];
  if (f.status) parts.push(Prisma.sql`c."status"::text = ${f.status}`);
  if (f.group) parts.push(Prisma.sql`o."stakeholderGroup"::text = ${f.group}`);
  if (f.region) parts.push(Prisma.sql`o."ituRegion" = ${f.region}`);
  return Prisma.join(parts, " AND ");
}

export async function secretariatDashboard(actor: Actor, filter: TStatisticsFilter = {}) {
  assertCan(actor, "queue.view");
  const scope = whereOf(actor, filter);
  const from = Prisma.sql`FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId"`;
  const [byStatus, byActionLine, byGroup, byRegion, perDay, cells] = await Promise.all([
    db.$queryRaw<{ key: string; count: number }[]>`SELECT c."status"::text AS key, count(*)::int AS count ${from} WHERE ${scope} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ key: string; count: number }[]>`SELECT al AS key, count(*)::int AS count ${from}, unnest(c."actionLines") al WHERE ${scope} GROUP BY 1`,
    db.$queryRaw<{ key: string; count: number }[]>`SELECT o."stakeholderGroup"::text AS key, count(*)::int AS count ${from} WHERE ${scope} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ key: string | null; count: number }[]>`SELECT o."ituRegion" AS key, count(*)::int AS count ${from} WHERE ${scope} GROUP BY 1 ORDER BY 1 NULLS LAST`,
    db.$queryRaw<{ key: string; count: number }[]>`SELECT to_char(date_trunc('day', c."submittedAt"), 'YYYY-MM-DD') AS key, count(*)::int AS count ${from} WHERE ${scope} AND c."submittedAt" IS NOT NULL GROUP BY 1 ORDER BY 1`,
    // A contribution counts once in every (Action Line, SDG) cell it names.
    db.$queryRaw<{ al: string; sdg: number; count: number }[]>`SELECT al, sdg, count(*)::int AS count ${from}, unnest(c."actionLines") al, unnest(c."sdgs") sdg WHERE ${scope} GROUP BY 1, 2`,
  ]);
  const deadline = await db.consultation.findFirst({ where: { closesAt: { gt: new Date() } }, orderBy: { closesAt: "asc" }, select: { closesAt: true, timeZone: true, code: true } });
  const matrix = ACTION_LINE_CODES.map((al) => ({ actionLine: al, counts: SDG_NUMBERS.map((n) => cells.find((c) => c.al === al && c.sdg === n)?.count ?? 0) }));
  return { byStatus, byActionLine, byGroup, byRegion, perDay, matrix, deadline, filter };
}
