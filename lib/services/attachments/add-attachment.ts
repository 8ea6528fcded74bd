/**
 * Adds one file to an editable contribution. Order matters:
 *  1. authorise and check what is known before any byte is read (scope, permission, status,
 *     count, extension + declared type), so a refused request stores nothing;
 *  2. stream the content into blob storage, hashed and size-limited on the way (no whole file in
 *     memory);
 *  3. sniff the stored content with file-type and compare: a mismatch releases the blob;
 *  4. one transaction: lock the contribution row, re-check status and count (two uploads at once
 *     cannot make a sixth file), insert the row and its audit event. If it fails, the blob is
 *     released unless another row uses the same content.
 * The same content twice on one contribution returns the existing attachment (no second row).
 * @returns the attachment as listed to the contributor.
 * @throws AppError NOT_FOUND | UNAUTHENTICATED | FORBIDDEN | INVALID_TRANSITION { status }
 *   | ATTACHMENT_LIMIT { count } | ATTACHMENT_TYPE | ATTACHMENT_TOO_LARGE { limit (bytes) },
 *   or the storage's / database's own error (after cleaning up).
 */
import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { BlobTooLargeError, blobStorage, type BlobStorage } from "@/lib/storage";
import type { Status } from "@/lib/rules/transitions";
import { assertEditable, loadEditableContribution } from "./editable-contribution";
import { cleanFilename, expectedMediaType, sniffMediaType } from "./file-types";
import { attachmentLimits, type AttachmentLimits } from "./limits";
import { releaseBlob } from "./release-blob";

export interface AddAttachmentInput {
  contributionId: string;
  /** As sent by the browser; cleaned before it is stored. */
  filename: string;
  /** The Content-Type the browser declared for the file part. */
  declaredType: string | null;
  content: Readable | AsyncIterable<Uint8Array>;
}

export interface AttachmentSummary {
  id: string;
  filename: string;
  mediaType: string;
  /** Bytes. */
  size: number;
  createdAt: Date;
}

export interface AttachmentDeps {
  storage?: BlobStorage;
  limits?: AttachmentLimits;
}

export const summarySelect = { id: true, filename: true, mediaType: true, size: true, createdAt: true } as const;

export async function addAttachment(actor: Actor, input: AddAttachmentInput, deps: AttachmentDeps = {}): Promise<AttachmentSummary> {
  const storage = deps.storage ?? blobStorage();
  const limits = deps.limits ?? attachmentLimits();
  const contribution = await loadEditableContribution(actor, input.contributionId);
  if ((await db.attachment.count({ where: { contributionId: contribution.id } })) >= limits.maxCount) {
    throw new AppError("ATTACHMENT_LIMIT", { count: limits.maxCount });
  }
  const filename = cleanFilename(input.filename);
  const mediaType = expectedMediaType(filename, input.declaredType);
  if (!mediaType) throw new AppError("ATTACHMENT_TYPE");

  let blob;
  try {
    blob = await storage.put(input.content, { maxBytes: limits.maxBytes });
  } catch (e) {
    if (e instanceof BlobTooLargeError) throw new AppError("ATTACHMENT_TOO_LARGE", { limit: limits.maxBytes });
    throw e;
  }

  try {
    if ((await sniffMediaType(await storage.open(blob.sha256))) !== mediaType) throw new AppError("ATTACHMENT_TYPE");
    return await db.$transaction(async (tx) => {
      // Serialises attachment changes per contribution, and sees a status changed meanwhile.
      const [locked] = await tx.$queryRaw<{ status: Status }[]>`SELECT status FROM "Contribution" WHERE id = ${contribution.id} FOR UPDATE`;
      assertEditable(locked.status);
      const same = await tx.attachment.findFirst({ where: { contributionId: contribution.id, sha256: blob.sha256 }, select: summarySelect });
      if (same) return same;
      if ((await tx.attachment.count({ where: { contributionId: contribution.id } })) >= limits.maxCount) {
        throw new AppError("ATTACHMENT_LIMIT", { count: limits.maxCount });
      }
      const created = await tx.attachment.create({
        data: { contributionId: contribution.id, filename, mediaType, size: blob.size, sha256: blob.sha256, uploadedById: contribution.userId },
        select: summarySelect,
      });
      await recordAudit(tx, {
        actorId: contribution.userId,
        action: "attachment.add",
        contributionId: contribution.id,
        data: { attachmentId: created.id, filename, mediaType, size: blob.size, sha256: blob.sha256 },
      });
      return created;
    });
  } catch (e) {
    await releaseBlob(storage, blob.sha256);
    throw e;
  }
}
