/**
 * POST /api/contributions/:id/attachments — multipart/form-data with one file part: adds it to
 * the contribution (streamed; see lib/http/attachment-upload.ts). 201 `{ ok: true, data }` with
 * the attachment, or `{ ok: false, code, params }` (lib/errors.ts) with a matching status.
 */
import { getActor } from "@/lib/auth/actor";
import { handleAttachmentUpload } from "@/lib/http/attachment-upload";

export const runtime = "nodejs";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleAttachmentUpload(await getActor(), id, request);
}
