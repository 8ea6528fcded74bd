/**
 * What the organisation's contributors may edit: the content and attachments of a draft, or of a
 * contribution the secretariat sent back for changes. Nothing else is editable.
 */
import { AppError } from "@/lib/errors";
import { EDITABLE_STATUSES, isIn } from "./statuses";

export const isEditable = (status: string): boolean => isIn(EDITABLE_STATUSES, status);

/** @throws AppError INVALID_TRANSITION { status } unless `status` is editable. */
export function assertEditable(status: string): void {
  if (!isEditable(status)) throw new AppError("INVALID_TRANSITION", { status });
}
