/**
 * The HTTP answer to GET /api/secretariat/exports/:id (a background export's file), kept apart
 * from the route so tests call it with real actors: 401 without a session, 404 for anything the
 * caller may not download (no queue.view, someone else's job, unfinished, failed, expired, unknown:
 * never revealed which), else 200 with the file streamed as an attachment.
 */
import { Readable } from "node:stream";
import contentDisposition from "content-disposition";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { exportContentType } from "@/lib/exports";
import { openExportJobFile } from "./export-jobs";

const BASE_HEADERS = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store, no-transform" };

export async function exportJobResponse(actor: Actor, id: string): Promise<Response> {
  if (actor.kind !== "user") return new Response("Sign in first.", { status: 401, headers: BASE_HEADERS });
  try {
    const { stream, fileName, format } = await openExportJobFile(actor, id);
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: { ...BASE_HEADERS, "Content-Type": exportContentType(format), "Content-Disposition": contentDisposition(fileName) },
    });
  } catch (e) {
    if (e instanceof AppError) return new Response("Not found.", { status: 404, headers: BASE_HEADERS });
    throw e;
  }
}
