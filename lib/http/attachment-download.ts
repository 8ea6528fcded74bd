/**
 * The download endpoint's work, apart from Next.js so tests can call it: streams the file with
 *  - Content-Disposition: attachment, with an ASCII fallback and the exact name in RFC 5987
 *    `filename*=UTF-8''…` (RFC 6266 §4.3; built by the `content-disposition` package), so Arabic
 *    names survive and the browser never renders the file inline;
 *  - X-Content-Type-Options: nosniff and the stored (sniffed at upload) Content-Type;
 *  - Content-Length from the row.
 * 404 for unknown ids and for attachments of contributions the actor may not see.
 */
import { Readable } from "node:stream";
import contentDisposition from "content-disposition";
import type { Actor } from "@/lib/auth/permissions";
import { getAttachmentForDownload } from "@/lib/services/attachments/get-attachment";
import type { BlobStorage } from "@/lib/storage";
import { resultResponse } from "./action-response";

export async function handleAttachmentDownload(actor: Actor, attachmentId: string, deps: { storage?: BlobStorage } = {}): Promise<Response> {
  const file = await getAttachmentForDownload(actor, attachmentId, deps);
  if (!file) return resultResponse({ ok: false, code: "NOT_FOUND" });
  return new Response(Readable.toWeb(file.content) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.filename, { type: "attachment" }),
      "X-Content-Type-Options": "nosniff",
      // Visibility depends on the reader (drafts, organisation members): never a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
