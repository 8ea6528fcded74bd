/**
 * The secretariat's dashboard numbers: contributions received (every status but draft) by
 * status, Action Line, stakeholder group and region, and per day of submission, for the open
 * consultation's deadline line, within the queue's scope (queueSqlFor: not a draft).
 * @throws AppError UNAUTHENTICATED | FORBIDDEN.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueSqlFor } from "@/lib/auth/scopes";

export async function secretariatDashboard(actor: Actor) {
  assertCan(actor, "queue.view");
  const scope = queueSqlFor(actor);
  const [byStatus, byActionLine, byGroup, byRegion, perDay] = await Promise.all([
    db.$queryRaw<{ key: string; count: number }[]>`SELECT c."status"::text AS key, count(*)::int AS count FROM "Contribution" c WHERE ${scope} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ key: string; count: number }[]>`SELECT al AS key, count(*)::int AS count FROM "Contribution" c, unnest(c."actionLines") al WHERE ${scope} GROUP BY 1`,
    db.$queryRaw<{ key: string; count: number }[]>`SELECT o."stakeholderGroup"::text AS key, count(*)::int AS count FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId" WHERE ${scope} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ key: string | null; count: number }[]>`SELECT o."ituRegion" AS key, count(*)::int AS count FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId" WHERE ${scope} GROUP BY 1 ORDER BY 1 NULLS LAST`,
    db.$queryRaw<{ key: string; count: number }[]>`SELECT to_char(date_trunc('day', c."submittedAt"), 'YYYY-MM-DD') AS key, count(*)::int AS count FROM "Contribution" c WHERE ${scope} AND c."submittedAt" IS NOT NULL GROUP BY 1 ORDER BY 1`,
  ]);
  const deadline = await db.consultation.findFirst({ where: { closesAt: { gt: new Date() } }, orderBy: { closesAt: "asc" }, select: { closesAt: true, timeZone: true, code: true } });
  return { byStatus, byActionLine, byGroup, byRegion, perDay, deadline };
}
