/**
 * The lead organisation invites another organisation to co-sponsor a contribution: the invitation
 * row (a withdrawn one is renewed), an audit event, and an e-mail to each verified
 * focal point of the invited organisation, in their language, in one transaction.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (contribution, or organisation unknown/unverified/
 *   the lead itself) | FORBIDDEN | COSPONSOR_NOT_SUBMITTED (a draft: invitations only after
 *   submission) | CONSULTATION_CLOSED | INVALID_TRANSITION | CONFLICT (already
 *   invited, confirmed or declined; only a withdrawn invitation can be renewed).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { loadOwnContribution } from "@/lib/services/contributions/load-editable";
import { assertCanInviteTo } from "@/lib/rules/cosponsors";
import { portalLink } from "./cosponsor-rules";

export async function inviteCoSponsor(actorIn: Actor, input: { contributionId: string; organisationId: string }, now = new Date()) {
  const { actor, contribution } = await loadOwnContribution(actorIn, input.contributionId);
  assertCanInviteTo(contribution, now);
  const organisation = await db.organisation.findFirst({
    where: { id: input.organisationId, verified: true, NOT: { id: contribution.organisationId } },
    include: { memberships: { where: { role: "FOCAL_POINT", verifiedAt: { not: null } }, include: { user: { select: { email: true, locale: true } } } } },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  const lead = await db.organisation.findUniqueOrThrow({ where: { id: contribution.organisationId }, select: { name: true } });
  return db.$transaction(async (tx) => {
    const existing = await tx.coSponsor.findUnique({ where: { contributionId_organisationId: { contributionId: contribution.id, organisationId: organisation.id } } });
    // A declined invitation is an answer: re-inviting would only e-mail its focal points again.
    if (existing && existing.status !== "WITHDRAWN") throw new AppError("CONFLICT", { status: existing.status });
    const row = existing
      ? await tx.coSponsor.update({ where: { id: existing.id }, data: { status: "INVITED", invitedById: actor.userId, invitedAt: now, respondedAt: null, respondedById: null } })
      : await tx.coSponsor.create({ data: { contributionId: contribution.id, organisationId: organisation.id, invitedById: actor.userId, invitedAt: now } });
    await recordAudit(tx, { actorId: actor.userId, action: "cosponsor.invite", contributionId: contribution.id, data: { organisationId: organisation.id, organisation: organisation.name }, at: now });
    for (const m of organisation.memberships) {
      await enqueueEmail(tx, {
        to: m.user.email,
        locale: m.user.locale,
        kind: "cosponsorInvitation",
        contributionId: contribution.id,
        params: { organisation: lead.name, title: contribution.title || "—", link: portalLink(m.user.locale, "/cosponsorships") },
      });
    }
    return row;
  });
}
