/**
 * GET /api/attachments/:id — downloads the file (always as an attachment, never inline) for
 * whoever may see its contribution; 404 otherwise (lib/http/attachment-download.ts).
 * Removal and DOCX text are server actions (lib/actions/attachments.ts).
 */
import { getActor } from "@/lib/auth/actor";
import { handleAttachmentDownload } from "@/lib/http/attachment-download";

export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleAttachmentDownload(await getActor(), id);
}
