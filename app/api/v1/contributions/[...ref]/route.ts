/**
 * GET /api/v1/contributions/{reference or document number} — one published document as JSON
 * (the list's shape). A document the secretariat unpublished answers 410 Gone with its number,
 * title, dates and the reason (issue 14 item 3); anything else 404. A document number may be sent
 * encoded (CWG-WSIS%26SDG%2FWSIS20%2F5) or with its slashes as path segments.
 */
import { getPublicDocument } from "@/lib/services/open-data/public-contributions";
import { baseUrlOf } from "@/lib/services/open-data/base-url";
import { API_MESSAGES } from "@/lib/http/api-messages";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" };

export async function GET(request: Request, { params }: { params: Promise<{ ref: string[] }> }) {
  const { ref } = await params;
  // Next.js hands the segments decoded; an encoded slash arrives inside one segment.
  const reference = ref.join("/");
  const answer = await getPublicDocument(reference, baseUrlOf(request));
  if (answer.status === 200) return Response.json({ data: answer.data }, { headers: HEADERS });
  if (answer.status === 410) {
    const n = answer.notice;
    return Response.json(
      { error: API_MESSAGES.unpublished, referenceNumber: n.referenceNumber, documentNumber: n.documentNumber, title: n.title, publishedAt: n.publishedAt?.toISOString() ?? null, unpublishedAt: n.unpublishedAt.toISOString(), reason: n.reason },
      { status: 410, headers: HEADERS },
    );
  }
  return Response.json({ error: API_MESSAGES.notFound }, { status: 404, headers: HEADERS });
}
