/**
 * The lead organisation withdraws a co-sponsor (invited or confirmed) before the deadline.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND | FORBIDDEN | CONFLICT { status } | CONSULTATION_CLOSED | INVALID_TRANSITION.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { coSponsorWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { loadOwnContribution } from "@/lib/services/contributions/load-editable";
import { assertCoSponsorsOpen } from "@/lib/rules/cosponsors";
import { ACTIVE_COSPONSOR_STATUSES } from "@/lib/rules/statuses";

export async function withdrawCoSponsor(actorIn: Actor, input: { coSponsorId: string }, now = new Date()) {
  const row = await db.coSponsor.findFirst({ where: { AND: [coSponsorWhereFor(actorIn), { id: input.coSponsorId }] }, include: { organisation: { select: { name: true } } } });
  if (!row) throw new AppError("NOT_FOUND");
  const { actor, contribution } = await loadOwnContribution(actorIn, row.contributionId);
  assertCoSponsorsOpen(contribution, now);
  return db.$transaction(async (tx) => {
    const { count } = await tx.coSponsor.updateMany({ where: { id: row.id, status: { in: [...ACTIVE_COSPONSOR_STATUSES] } }, data: { status: "WITHDRAWN" } });
    if (count === 0) throw new AppError("CONFLICT", { status: row.status });
    await recordAudit(tx, { actorId: actor.userId, action: "cosponsor.withdraw", contributionId: contribution.id, data: { organisationId: row.organisationId, organisation: row.organisation.name }, at: now });
    return { status: "WITHDRAWN" as const };
  });
}
