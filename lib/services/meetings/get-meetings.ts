/**
 * Meetings as anyone reads them: the list (newest first, with the number of published documents),
 * and one meeting with its document list as ITU's meeting pages have it: document number, source
 * organisation(s) (lead and confirmed co-sponsors), title, languages available and revisions.
 * Documents come through meetingDocumentWhereFor, so an unpublished one is never listed.
 */
import "server-only";
import { db } from "@/lib/db";
import { withPart } from "@/lib/reference/document-number";
import type { Actor } from "@/lib/auth/permissions";
import { meetingDocumentWhereFor } from "@/lib/auth/scopes";

export interface MeetingSummary {
  id: string;
  number: number;
  startsOn: Date;
  endsOn: Date;
  place: string | null;
  virtual: boolean;
  documentsDeadline: Date;
  timeZone: string;
  documentCount: number;
}

export interface MeetingDocumentRow {
  contributionId: string;
  documentNumber: string;
  referenceNumber: string;
  title: string;
  language: string;
  sources: { name: string; shortCode: string }[];
  languages: string[];
  /** The published revisions' full numbers, oldest first (…/5(Rev.1)). */
  revisions: string[];
  publishedAt: Date | null;
}

const MEETING_SELECT = { id: true, number: true, startsOn: true, endsOn: true, place: true, virtual: true, documentsDeadline: true, timeZone: true } as const;

export async function listMeetings(actor: Actor): Promise<MeetingSummary[]> {
  const meetings = await db.meeting.findMany({
    orderBy: [{ startsOn: "desc" }, { number: "desc" }],
    select: { ...MEETING_SELECT, _count: { select: { documents: { where: meetingDocumentWhereFor(actor) } } } },
  });
  return meetings.map(({ _count, ...m }) => ({ ...m, documentCount: _count.documents }));
}

export async function getMeeting(actor: Actor, number: number): Promise<{ meeting: MeetingSummary; documents: MeetingDocumentRow[] } | null> {
  const meeting = await db.meeting.findUnique({
    where: { number },
    select: {
      ...MEETING_SELECT,
      documents: {
        where: meetingDocumentWhereFor(actor),
        select: {
          contribution: {
            select: {
              id: true,
              documentNumber: true,
              referenceNumber: true,
              title: true,
              language: true,
              publishedAt: true,
              organisation: { select: { name: true, shortCode: true } },
              coSponsors: { where: { status: "CONFIRMED" }, select: { organisation: { select: { name: true, shortCode: true } } } },
              // Published with the document (meetingDocumentWhereFor lists published ones only).
              languageVersions: { select: { language: true } },
              documentParts: { where: { kind: "REVISION", status: "ACCEPTED" }, select: { number: true }, orderBy: { number: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  const { documents, ...rest } = meeting;
  const rows = documents
    .map(({ contribution: c }) => ({
      contributionId: c.id,
      documentNumber: c.documentNumber ?? "",
      referenceNumber: c.referenceNumber ?? "",
      title: c.title,
      language: c.language ?? "en",
      sources: [c.organisation, ...c.coSponsors.map((s) => s.organisation)],
      // The original first, then its translations (issue 14 item 2).
      languages: [c.language ?? "en", ...c.languageVersions.map((v) => v.language).filter((l) => l !== c.language).sort()],
      revisions: c.documentParts.flatMap((p) => (p.number ? [withPart(c.documentNumber ?? "", { kind: "REVISION", n: p.number })] : [])),
      publishedAt: c.publishedAt,
    }))
    .sort((a, b) => documentOrder(a.documentNumber, b.documentNumber));
  return { meeting: { ...rest, documentCount: rows.length }, documents: rows };
}

/** Document numbers in their series order: CWG-WSIS&SDG/WSIS20/2 before …/10. */
function documentOrder(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
