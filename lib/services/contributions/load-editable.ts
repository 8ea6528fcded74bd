/**
 * Loads a contribution its organisation's contributor may act on: visible in the actor's scope,
 * and the actor may submit for its organisation.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (unknown or not visible) | FORBIDDEN.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";

export async function loadOwnContribution(actor: Actor, contributionId: string) {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!isId(contributionId)) throw new AppError("NOT_FOUND");
  const c = await db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id: contributionId }] },
    include: { consultation: { include: { guidingQuestions: { select: { id: true } } } } },
  });
  if (!c) throw new AppError("NOT_FOUND");
  assertCan(actor, "contribution.create", { organisationId: c.organisationId });
  return { actor, contribution: c };
}
