/**
 * The download endpoint's work, apart from Next.js so tests can call it: streams the file with
 *  - Content-Disposition: attachment, with an ASCII fallback and the exact name in RFC 5987
 *    `filename*=UTF-8''…` (RFC 6266 §4.3; built by the `content-disposition` package), so Arabic
 *    names survive and the browser never renders the file inline;
 *  - X-Content-Type-Options: nosniff and the stored (sniffed at upload) Content-Type;
 *  - Content-Length from the row.
 * 404 for unknown ids and for attachments of contributions the actor may not see.
 *
 * Over HTTP, Next 16.4's server removes Content-Length from route-handler responses
 * (FORBIDDEN_HEADERS in next/dist/server/send-response.js) and sends the body chunked; the header
 * is still set here, for tests and for any server that keeps it.
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
      "Content-Disposition": contentDisposition(file.filename, { type: "attachment", fallback: asciiFallback(file.filename) }),
      "X-Content-Type-Options": "nosniff",
      // private, no-store: visibility depends on the reader (drafts, organisation members), so
      // never a shared cache. no-transform: the `compression` middleware (Next's, and ours for
      // /api/: lib/http/data-compression.ts) leaves the body alone, so PDFs are not gzipped again.
      // (Next 16 sends route handlers' answers chunked: its server drops this Content-Length.)
      "Cache-Control": "private, no-store, no-transform",
    },
  });
}

/**
 * The plain `filename="…"` for clients that ignore `filename*`: printable ASCII, every other
 * character as "_" (the package's default "?" is not allowed in Windows file names).
 */
export function asciiFallback(filename: string): string {
  // NFKD then dropping marks keeps "café" as "cafe"; an Arabic letter becomes one "_".
  return filename.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\x20-\x7e]|["\\%]/g, "_");
}
