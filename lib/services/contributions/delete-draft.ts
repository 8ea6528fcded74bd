/**
 * Deletes a draft (issue 15 item 4): drafts no longer stay in "My contributions" forever.
 * Authorise (scope, then contribution.create on its organisation) → one transaction that locks the
 * row and re-checks that it is still a draft (a submission racing with the deletion: exactly one
 * wins; a lost deletion answers INVALID_TRANSITION with the new status) → the draft's audit trail
 * and e-mails are detached (their rows stay; the deletion event keeps the id and title) → the row
 * and everything it owns (answers, attachments, proposals, co-sponsor invitations, notes) go by
 * cascade → the blobs of its attachments are removed when no other attachment uses them.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND | FORBIDDEN | INVALID_TRANSITION { status }.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import { recordAudit } from "@/lib/services/audit";
import { releaseBlob } from "@/lib/services/attachments/release-blob";
import { blobStorage, type BlobStorage } from "@/lib/storage";

export async function deleteDraft(actor: Actor, contributionId: string, deps: { storage?: BlobStorage } = {}, now = new Date()): Promise<void> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!isId(contributionId)) throw new AppError("NOT_FOUND");
  const draft = await db.contribution.findFirst({
    where: { AND: [contributionWhereFor(actor), { id: contributionId }] },
    select: { id: true, organisationId: true, status: true, title: true },
  });
  if (!draft) throw new AppError("NOT_FOUND");
  assertCan(actor, "contribution.create", { organisationId: draft.organisationId });
  if (draft.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", { status: draft.status });

  const blobs = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Contribution" WHERE id = ${draft.id} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND"); // deleted meanwhile
    if (locked.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", { status: locked.status });
    const attachments = await tx.attachment.findMany({ where: { contributionId: draft.id }, select: { sha256: true, filename: true } });
    await tx.auditEvent.updateMany({ where: { contributionId: draft.id }, data: { contributionId: null } });
    await tx.outboundEmail.updateMany({ where: { contributionId: draft.id }, data: { contributionId: null } });
    await tx.contribution.updateMany({ where: { duplicateOfId: draft.id }, data: { duplicateOfId: null } });
    await tx.contribution.delete({ where: { id: draft.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "contribution.deleteDraft",
      data: { contributionId: draft.id, organisationId: draft.organisationId, title: draft.title, attachments: attachments.map((a) => a.filename) },
      at: now,
    });
    return [...new Set(attachments.map((a) => a.sha256))];
  });
  const storage = deps.storage ?? blobStorage();
  for (const sha256 of blobs) await releaseBlob(storage, sha256);
}
