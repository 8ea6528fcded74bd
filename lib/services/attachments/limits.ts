/**
 * Attachment limits from the environment: ATTACHMENT_MAX_BYTES (per file, bytes; default 20 MiB)
 * and ATTACHMENT_MAX_COUNT (per contribution; default 5). Services take them as a parameter so
 * tests can use small ones.
 */
import { env } from "@/lib/env";

export interface AttachmentLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Most attachments on one contribution. */
  maxCount: number;
}

export function attachmentLimits(): AttachmentLimits {
  const e = env();
  return { maxBytes: e.ATTACHMENT_MAX_BYTES, maxCount: e.ATTACHMENT_MAX_COUNT };
}
