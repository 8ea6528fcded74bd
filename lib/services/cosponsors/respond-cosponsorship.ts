/**
 * A focal point of the invited organisation confirms or declines a co-sponsorship; the lead
 * organisation's inviter is told by e-mail. Guarded by the expected status (INVITED): a second
 * answer, or one to a withdrawn invitation, is refused with the current status.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (unknown, or not an invitation to the actor's
 *   organisation as focal point) | CONFLICT { status } | CONSULTATION_CLOSED | INVALID_TRANSITION.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { invitationAnswerWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { assertCoSponsorsOpen } from "@/lib/rules/cosponsors";

export async function respondCoSponsorship(actor: Actor, input: { coSponsorId: string; response: "CONFIRMED" | "DECLINED" }, now = new Date()) {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  const row = await db.coSponsor.findFirst({
    where: { AND: [invitationAnswerWhereFor(actor), { id: input.coSponsorId }] },
    include: { organisation: { select: { name: true } }, invitedBy: { select: { email: true, locale: true } }, contribution: { include: { consultation: { select: { closesAt: true, timeZone: true } } } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.status !== "INVITED") throw new AppError("CONFLICT", { status: row.status });
  assertCoSponsorsOpen(row.contribution, now);
  return db.$transaction(async (tx) => {
    const { count } = await tx.coSponsor.updateMany({ where: { id: row.id, status: "INVITED" }, data: { status: input.response, respondedAt: now, respondedById: actor.userId } });
    if (count === 0) throw new AppError("CONFLICT", { status: (await db.coSponsor.findUnique({ where: { id: row.id } }))?.status ?? "" });
    await recordAudit(tx, { actorId: actor.userId, action: `cosponsor.${input.response === "CONFIRMED" ? "confirm" : "decline"}`, contributionId: row.contributionId, data: { organisationId: row.organisationId, organisation: row.organisation.name }, at: now });
    await enqueueEmail(tx, {
      to: row.invitedBy.email,
      locale: row.invitedBy.locale,
      kind: "cosponsorResponse",
      contributionId: row.contributionId,
      params: { organisation: row.organisation.name, title: row.contribution.title || "—", response: input.response === "CONFIRMED" ? "confirmed" : "declined" },
    });
    return { status: input.response };
  });
}
