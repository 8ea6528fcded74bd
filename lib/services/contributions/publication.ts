/**
 * Unpublishing and republishing a document (issue 14 item 3), by the secretariat
 * (contribution.decide), each in one transaction: the status UPDATE guarded by the status the
 * person saw → audit event → e-mail to the contributor in their language. Two people acting at
 * once: exactly one wins, the other gets CONFLICT with the new status.
 *
 * An unpublished document keeps its document number (numbers are never given twice: the counter
 * only moves forward) and its text; the public sees a notice with its number, title, date and
 * reason (UNPUBLISHED_NOTICE), and every public list, search, facet, feed and export leaves it
 * out (their scope is PUBLISHED). The public pages cached per process are forgotten on every
 * server after the change (LISTEN/NOTIFY; an unpublication at once, lib/http/page-cache/).
 * @throws AppError UNAUTHENTICATED | NOT_FOUND | FORBIDDEN | CONFLICT { status } | INVALID_TRANSITION { status } | VALIDATION.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { UNPUBLISHED_NOTICE, queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import type { TPublicationInput } from "@/lib/schemas/publication";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { TRANSITIONS, canTransition, type Status } from "@/lib/rules/transitions";
import { announceChange } from "@/lib/services/announce-change";
export async function changePublication(actor: Actor, input: TPublicationInput, now = new Date()): Promise<{ status: Status }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!isId(input.contributionId)) throw new AppError("NOT_FOUND");
  const transition = TRANSITIONS[input.action];
  const c = await db.contribution.findFirst({
    where: { AND: [queueWhereFor(actor), { id: input.contributionId }] },
    select: { id: true, status: true, organisationId: true, referenceNumber: true, documentNumber: true, title: true, createdBy: { select: { email: true, locale: true } } },
  });
  if (!c) throw new AppError("NOT_FOUND");
  assertCan(actor, transition.permission, { organisationId: c.organisationId });
  const current = c.status as Status;
  if (current !== input.expectedStatus) throw new AppError("CONFLICT", { status: current });
  if (!canTransition(input.action, current)) throw new AppError("INVALID_TRANSITION", { status: current });
  const reason = input.reason?.trim() || null;
  if (transition.reasonRequired && !reason) throw new AppError("VALIDATION", {}, { reason: ["required"] });

  const unpublishing = input.action === "unpublish";
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.contribution.updateMany({
      where: { id: c.id, status: current },
      data: unpublishing ? { status: transition.to, unpublishedAt: now, unpublishReason: reason } : { status: transition.to, unpublishedAt: null, unpublishReason: null },
    });
    if (count === 0) {
      const latest = await db.contribution.findUnique({ where: { id: c.id }, select: { status: true } });
      throw new AppError("CONFLICT", { status: latest?.status ?? current });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: `contribution.${input.action}`,
      contributionId: c.id,
      fromStatus: current,
      toStatus: transition.to,
      reason,
      data: { documentNumber: c.documentNumber },
      at: now,
    });
    await enqueueEmail(tx, {
      to: c.createdBy.email,
      locale: c.createdBy.locale,
      kind: transition.email,
      contributionId: c.id,
      params: { referenceNumber: c.referenceNumber ?? "", documentNumber: c.documentNumber ?? "", title: c.title, reason: reason ?? "", hasNote: reason ? "yes" : "no" },
    });
    return { status: transition.to as Status };
  });
  await announceChange(unpublishing ? "published-withdrawn" : "published-list");
  return result;
}

export interface UnpublishedNotice {
  referenceNumber: string;
  documentNumber: string;
  title: string;
  language: string | null;
  publishedAt: Date | null;
  unpublishedAt: Date;
  reason: string;
}

const NOTICE_SELECT = { referenceNumber: true, documentNumber: true, title: true, language: true, publishedAt: true, unpublishedAt: true, unpublishReason: true } as const;

function toNotice(c: { referenceNumber: string | null; documentNumber: string | null; title: string; language: string | null; publishedAt: Date | null; unpublishedAt: Date | null; unpublishReason: string | null } | null): UnpublishedNotice | null {
  if (!c?.referenceNumber || !c.documentNumber || !c.unpublishedAt) return null;
  return { referenceNumber: c.referenceNumber, documentNumber: c.documentNumber, title: c.title, language: c.language, publishedAt: c.publishedAt, unpublishedAt: c.unpublishedAt, reason: c.unpublishReason ?? "" };
}

/**
 * The public notice of an unpublished document, by its reference number or its document number
 * (people cite either); null for anything else (unknown, published, never published).
 */
export async function getUnpublishedNotice(reference: string): Promise<UnpublishedNotice | null> {
  if (!reference || reference.length > 100) return null;
  const c = await db.contribution.findFirst({ where: { AND: [UNPUBLISHED_NOTICE, { OR: [{ referenceNumber: reference }, { documentNumber: reference }] }] }, select: NOTICE_SELECT });
  return toNotice(c);
}
