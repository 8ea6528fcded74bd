/**
 * Loads a contribution the actor may change attachments of, with the same three steps as every
 * service: the scoped where (an invisible id is NOT_FOUND, never FORBIDDEN), the permission on its
 * organisation, then the status (only drafts and contributions sent back for changes are
 * editable).
 * @throws AppError NOT_FOUND | UNAUTHENTICATED | FORBIDDEN | INVALID_TRANSITION { status }.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import { assertEditable } from "@/lib/rules/editable";

export { assertEditable };

export async function loadEditableContribution(actor: Actor, contributionId: string) {
  if (!isId(contributionId)) throw new AppError("NOT_FOUND");
  const contribution = await db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id: contributionId }] },
    select: { id: true, organisationId: true, status: true },
  });
  if (!contribution) throw new AppError("NOT_FOUND");
  assertCan(actor, "contribution.create", { organisationId: contribution.organisationId });
  assertEditable(contribution.status);
  return { ...contribution, userId: actor.userId };
}
