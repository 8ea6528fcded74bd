/**
 * The upload endpoint's work, apart from Next.js so tests can call it with a plain Request:
 * parses multipart/form-data with busboy as the bytes arrive (Readable.fromWeb over the request
 * body; nothing buffers the whole file) and hands the first file part to addAttachment, which
 * stores it while hashing it. One file per request.
 *
 * Refused before reading the body: a cross-site Origin (403 FORBIDDEN), a Content-Length larger
 * than the limit plus room for the multipart envelope (413 ATTACHMENT_TOO_LARGE), a body that is
 * not multipart (400 VALIDATION). Responses: lib/http/action-response.ts.
 */
import { consume } from "@/lib/rate-limit";
import { Readable } from "node:stream";
import busboy from "busboy";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { addAttachment, type AttachmentDeps, type AttachmentSummary } from "@/lib/services/attachments/add-attachment";
import { attachmentLimits } from "@/lib/services/attachments/limits";
import { failureResponse, resultResponse } from "./action-response";

// Multipart boundaries, part headers and a long UTF-8 file name fit well within this.
const ENVELOPE_BYTES = 64 * 1024;

export async function handleAttachmentUpload(actor: Actor, contributionId: string, request: Request, deps: AttachmentDeps = {}): Promise<Response> {
  const limits = deps.limits ?? attachmentLimits();
  try {
    assertSameOrigin(request);
    if (actor.kind === "user") await consume("upload", actor.userId);
    const declaredLength = Number(request.headers.get("content-length") ?? NaN);
    if (declaredLength > limits.maxBytes + ENVELOPE_BYTES) throw new AppError("ATTACHMENT_TOO_LARGE", { limit: limits.maxBytes });
    if (!request.body || !/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
      throw new AppError("VALIDATION", {}, { file: ["required"] });
    }
    const data = await withFirstFile(request, limits.maxBytes, (file, info) =>
      addAttachment(actor, { contributionId, filename: info.filename, declaredType: info.mimeType, content: file }, { ...deps, limits }),
    );
    return resultResponse({ ok: true, data }, 201);
  } catch (e) {
    return failureResponse(e);
  }
}

/**
 * Cookies are SameSite=Lax, so a cross-site form cannot carry the session; this also refuses a
 * cross-site script's request outright, as Next.js does for server actions.
 */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, file: pages) is no origin of ours
  } catch {
    throw new AppError("FORBIDDEN");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN");
}

type FileInfo = { filename: string; mimeType: string };

/** Runs `handle` on the first file part; settles with its outcome. Other parts are drained. */
function withFirstFile(request: Request, maxBytes: number, handle: (file: Readable, info: FileInfo) => Promise<AttachmentSummary>): Promise<AttachmentSummary> {
  return new Promise((resolve, reject) => {
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({
      headers: Object.fromEntries(request.headers),
      defParamCharset: "utf8", // file names as browsers send them (UTF-8), Arabic included
      // One byte over the limit reaches the store, which then refuses the file; busboy then
      // discards the rest of the part instead of buffering it.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024 },
      });
    } catch {
      // Not multipart, or multipart without a boundary: nothing to parse.
      return reject(new AppError("VALIDATION", {}, { file: ["invalid"] }));
    }
    let handled = false;
    let current: Readable | undefined;
    parser.on("file", (_field, file, info) => {
      if (handled) return void file.resume();
      handled = true;
      current = file;
      // A body cut short fails the file stream: listen at once, or the error surfaces as an
      // uncaughtException while the handler is still checking access.
      file.on("error", () => {});
      handle(file, { filename: info.filename ?? "", mimeType: info.mimeType }).then(resolve, (e) => {
        file.resume(); // refused before reading (e.g. NOT_FOUND): let the parser finish
        reject(e);
      });
    });
    // busboy's errors are malformed multipart bodies.
    parser.on("error", () => reject(new AppError("VALIDATION", {}, { file: ["invalid"] })));
    parser.on("close", () => {
      if (!handled) reject(new AppError("VALIDATION", {}, { file: ["required"] }));
    });
    const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
    body.on("error", (e) => {
      // The client went away. With a file under way, fail its stream and answer once the store
      // has deleted its partial file (the handler then rejects); else answer now.
      if (current) current.destroy(e);
      else reject(e);
    });
    body.pipe(parser);
  });
}
