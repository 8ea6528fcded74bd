/**
 * Removes an attachment from an editable contribution: the row and its audit event in one
 * transaction (under the contribution's row lock, like adding), then the blob when no other row
 * uses the same content.
 * @throws AppError NOT_FOUND (unknown attachment, or its contribution is invisible to the actor)
 *   | UNAUTHENTICATED | FORBIDDEN | INVALID_TRANSITION { status }.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { blobStorage, type BlobStorage } from "@/lib/storage";
import type { Status } from "@/lib/rules/transitions";
import { assertEditable, loadEditableContribution } from "./editable-contribution";
import { releaseBlob } from "./release-blob";
import { isId } from "@/lib/schemas/id";

export async function removeAttachment(actor: Actor, attachmentId: string, deps: { storage?: BlobStorage } = {}): Promise<void> {
  if (!isId(attachmentId)) throw new AppError("NOT_FOUND");
  const storage = deps.storage ?? blobStorage();
  // The child is loaded through its parent's scope (never by id alone).
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, contribution: contributionWhereFor(actor) },
    select: { id: true, contributionId: true, filename: true, sha256: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  const contribution = await loadEditableContribution(actor, attachment.contributionId);

  await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: Status }[]>`SELECT status FROM "Contribution" WHERE id = ${contribution.id} FOR UPDATE`;
    assertEditable(locked.status);
    const { count } = await tx.attachment.deleteMany({ where: { id: attachment.id } });
    if (count === 0) throw new AppError("NOT_FOUND"); // removed meanwhile
    await recordAudit(tx, {
      actorId: contribution.userId,
      action: "attachment.remove",
      contributionId: contribution.id,
      data: { attachmentId: attachment.id, filename: attachment.filename, sha256: attachment.sha256 },
    });
  });
  await releaseBlob(storage, attachment.sha256);
}
