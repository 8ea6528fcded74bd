/**
 * The secretariat accepts or rejects a submitted revision, addendum or corrigendum, in one
 * transaction: the part's status guarded by the status the decider saw (two people acting at
 * once: exactly one wins, the other gets CHANGED_MEANWHILE) → on acceptance its number (Rev.n,
 * Add.n, Corr.n: a gapless counter per document and kind, taken here so a rolled-back
 * acceptance gives it back) and, for a revision, the document's new text at its permanent
 * address plus a version snapshot for the comparison → audit event → e-mail to the
 * contribution's author in their language.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | OWN_CASE | CHANGED_MEANWHILE |
 *   INVALID_TRANSITION | VALIDATION (a rejection needs a reason).
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, assertNotOwn, type Actor } from "@/lib/auth/permissions";
import { documentPartWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { PUBLISHED_STATUS } from "@/lib/rules/statuses";
import { partDecisionsOpen, partTarget } from "@/lib/rules/document-parts";
import type { TPartDecision } from "@/lib/schemas/document-part";
import { nextPartNumber } from "@/lib/services/contributions/numbering";
import { announceChange } from "@/lib/services/announce-change";
import { CONTRIBUTION_FOR_PART, printedNumber, snapshotRevision } from "./part-helpers";

export interface PartDecisionResult {
  status: "ACCEPTED" | "REJECTED";
  /** The printed number, e.g. CWG-WSIS&SDG/WSIS20/5(Rev.1); null on rejection. */
  documentNumber: string | null;
  contributionId: string;
}

export async function decideDocumentPart(actor: Actor, input: TPartDecision, now = new Date()): Promise<PartDecisionResult> {
  assertCan(actor, "document.revise");
  const part = await db.documentPart.findFirst({ where: { AND: [documentPartWhereFor(actor), { id: input.partId }] }, include: { contribution: { select: CONTRIBUTION_FOR_PART } } });
  if (!part) throw new AppError("NOT_FOUND");
  const c = part.contribution;
  assertNotOwn(actor, { userId: part.submittedById ?? c.createdById, organisationId: c.organisationId });
  if (part.status !== input.expectedStatus) throw new AppError("CHANGED_MEANWHILE");
  if (!partDecisionsOpen(part.status).includes(input.decision)) throw new AppError("INVALID_TRANSITION", { status: part.status });
  const reason = input.reason || null;
  if (input.decision === "reject" && !reason) throw new AppError("VALIDATION", {}, { reason: ["required"] });
  const to = partTarget(input.decision);

  const result = await db.$transaction(async (tx) => {
    const n = to === "ACCEPTED" ? await nextPartNumber(tx, c.id, part.kind) : null;
    const { count } = await tx.documentPart.updateMany({
      where: { id: part.id, status: part.status },
      data: { status: to, decidedById: actor.userId, note: reason ?? part.note, ...(n ? { number: n, publishedAt: now } : {}) },
    });
    // Lost the race: roll back (the number is given back); the page shows the winner's state.
    if (count === 0) throw new AppError("CHANGED_MEANWHILE");
    if (n && part.kind === "REVISION") {
      // The permanent address now shows the revision; the document must still be published.
      const text = { title: part.title, summary: part.summary || undefined, body: part.body };
      const updated = await tx.contribution.updateMany({ where: { id: c.id, status: PUBLISHED_STATUS }, data: text });
      if (updated.count === 0) throw new AppError("CHANGED_MEANWHILE");
      const versionNumber = await snapshotRevision(tx, c.id, part, part.submittedById ?? c.createdById);
      await tx.documentPart.update({ where: { id: part.id }, data: { versionNumber } });
    }
    const documentNumber = n ? printedNumber(c.documentNumber, part.kind, n) : null;
    await recordAudit(tx, { actorId: actor.userId, action: `document.part.${input.decision}`, contributionId: c.id, reason, data: { partId: part.id, kind: part.kind, ...(documentNumber && { documentNumber }) }, at: now });
    await enqueueEmail(tx, {
      to: c.createdBy.email,
      locale: c.createdBy.locale,
      kind: to === "ACCEPTED" ? "partPublished" : "partRejected",
      contributionId: c.id,
      params: { kind: part.kind, documentNumber: documentNumber ?? c.documentNumber ?? "", title: part.title, reason: reason ?? "", hasNote: reason ? "yes" : "no" },
    });
    return { status: to, documentNumber, contributionId: c.id };
  });
  if (result.status === "ACCEPTED" && part.kind === "REVISION") await announceChange("published-list");
  return result;
}
