/**
 * Open data: published contributions in their public shape, for the JSON API (/api/v1), the Atom
 * feed and anyone re-using the data. Only published data ever appears: the selection is the public
 * search's WHERE (published only), and the shape has no people, e-mail addresses, internal notes
 * or unconfirmed co-sponsors.
 *
 * Pagination is by cursor over (publishedAt, id), newest first: stable while new contributions
 * are published (pages never repeat or skip rows). A cursor is opaque base64url JSON.
 * @throws AppError VALIDATION { cursor: ["invalid"] } for a cursor this API did not make.
 */
import "server-only";
import { publicReadDb } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { PUBLISHED } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/schemas/id";
import type { TPublicSearch } from "@/lib/schemas/public-search";
import { searchWhere } from "@/lib/services/search/search-published";
import { withPart } from "@/lib/reference/document-number";
import { getUnpublishedNotice, type UnpublishedNotice } from "@/lib/services/contributions/publication";

export interface PublicContribution {
  referenceNumber: string;
  documentNumber: string;
  url: string;
  type: string;
  title: string;
  summary: string;
  body: string;
  language: string;
  actionLines: string[];
  c7SubItems: string[];
  sdgs: number[];
  submittedAt: string | null;
  publishedAt: string;
  consultation: { code: string; slug: string; title: Record<string, string> };
  organisation: { name: string; membershipCategory: string; stakeholderGroup: string; country: string | null; ituRegion: string | null };
  coSponsors: { name: string }[];
  answers: { position: number; question: Record<string, string>; text: string }[];
  attachments: { filename: string; mediaType: string; size: number; sha256: string; url: string }[];
  /** Action Line revision proposals with the baseline text each amends (no secretariat notes). */
  proposals: { number: string | null; marker: string; ref: string; actionLine: string; baselineVersion: number; baselineText: string; text: string; reasons: string; decision: string }[];
  /** Translations attached by the secretariat (issue 14 item 2), each with its ITU number (…-F). */
  languageVersions: { language: string; documentNumber: string; title: string; summary: string; body: string }[];
}

interface Cursor {
  publishedAt: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.publishedAt.toISOString(), c.id])).toString("base64url");
}

// What encodeCursor writes: an ISO instant (years 0000–9999 only: PostgreSQL's timestamp range
// is narrower than JavaScript's) and a record id.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A cursor back from the client: anything but what encodeCursor made (malformed base64 or JSON,
 * an impossible date, control characters or lone surrogates in the id) is VALIDATION, never a
 * database error (issue 12 item 16).
 */
export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) throw new Error("shape");
    const [at, id] = value;
    if (typeof at !== "string" || !ISO_INSTANT.test(at) || !isId(id)) throw new Error("shape");
    const publishedAt = new Date(at);
    if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== at) throw new Error("date");
    return { publishedAt, id };
  } catch {
    throw new AppError("VALIDATION", {}, { cursor: ["invalid"] });
  }
}

export async function listPublicContributions(search: TPublicSearch, cursor: Cursor | null, limit: number, baseUrl: string) {
  const after = cursor ? Prisma.sql`AND (c."publishedAt", c."id") < (${cursor.publishedAt}, ${cursor.id})` : Prisma.empty;
  const db = await publicReadDb();
  const page = await db.$queryRaw<{ id: string; publishedAt: Date }[]>`
    SELECT c."id", c."publishedAt" FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId"
    WHERE ${searchWhere(search)} ${after}
    ORDER BY c."publishedAt" DESC, c."id" DESC LIMIT ${limit + 1}`;
  const ids = page.slice(0, limit).map((r) => r.id);
  const data = await publicContributionsByIds(ids, baseUrl);
  const last = page[limit - 1];
  return { data, nextCursor: page.length > limit && last ? encodeCursor(last) : null };
}

/** Published contributions `ids` in their public shape, in the order of `ids` (others are left out). */
export async function publicContributionsByIds(ids: string[], baseUrl: string): Promise<PublicContribution[]> {
  const db = await publicReadDb();
  const rows = await db.contribution.findMany({
    where: { AND: [PUBLISHED, { id: { in: ids } }] },
    include: {
      consultation: { select: { code: true, slug: true, title: true } },
      organisation: { select: { name: true, membershipCategory: true, stakeholderGroup: true, country: true, ituRegion: true } },
      coSponsors: { where: { status: "CONFIRMED" }, select: { organisation: { select: { name: true } } }, orderBy: { invitedAt: "asc" } },
      answers: { include: { question: { select: { position: true, text: true } } } },
      attachments: { select: { id: true, filename: true, mediaType: true, size: true, sha256: true }, orderBy: { createdAt: "asc" } },
      languageVersions: { orderBy: { language: "asc" }, select: { language: true, title: true, summary: true, body: true, revision: true } },
      proposals: {
        orderBy: { position: "asc" },
        select: { number: true, marker: true, text: true, reasons: true, decision: true, provision: { select: { ref: true, actionLine: true, text: true, baseline: { select: { version: true } } } } },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const data: PublicContribution[] = ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c || !c.referenceNumber || !c.documentNumber || !c.publishedAt) return [];
    return [
      {
        referenceNumber: c.referenceNumber,
        documentNumber: c.documentNumber,
        url: `${baseUrl}/en/contributions/${encodeURIComponent(c.referenceNumber)}`,
        type: c.type,
        title: c.title,
        summary: c.summary,
        body: c.body,
        language: c.language ?? "",
        actionLines: c.actionLines,
        c7SubItems: c.c7SubItems,
        sdgs: c.sdgs,
        submittedAt: c.submittedAt?.toISOString() ?? null,
        publishedAt: c.publishedAt.toISOString(),
        consultation: { code: c.consultation.code, slug: c.consultation.slug, title: c.consultation.title as Record<string, string> },
        organisation: c.organisation,
        coSponsors: c.coSponsors.map((s) => ({ name: s.organisation.name })),
        answers: c.answers
          .map((a) => ({ position: a.question.position, question: a.question.text as Record<string, string>, text: a.text }))
          .sort((a, b) => a.position - b.position),
        attachments: c.attachments.map((a) => ({ filename: a.filename, mediaType: a.mediaType, size: a.size, sha256: a.sha256, url: `${baseUrl}/api/attachments/${a.id}` })),
        proposals: c.proposals.map((p) => ({
          number: p.number,
          marker: p.marker,
          ref: p.provision.ref,
          actionLine: p.provision.actionLine,
          baselineVersion: p.provision.baseline.version,
          baselineText: p.provision.text,
          text: p.text,
          reasons: p.reasons,
          decision: p.decision,
        })),
        languageVersions: c.languageVersions.map((v) => ({ language: v.language, documentNumber: withPart(c.documentNumber!, v.revision ? { kind: "REVISION", n: v.revision } : null, v.language), title: v.title, summary: v.summary, body: v.body })),
      },
    ];
  });
  return data;
}

export type PublicDocumentAnswer = { status: 200; data: PublicContribution } | { status: 410; notice: UnpublishedNotice } | { status: 404 };

/**
 * One document of the open data, by reference number or document number (issue 14 item 3): the
 * published one in its public shape; an unpublished one's notice (the API answers 410 Gone with
 * its reason); 404 for anything else, exactly like an unknown number.
 */
export async function getPublicDocument(reference: string, baseUrl: string): Promise<PublicDocumentAnswer> {
  if (!reference || reference.length > 100) return { status: 404 };
  const db = await publicReadDb();
  const published = await db.contribution.findFirst({ where: { AND: [PUBLISHED, { OR: [{ referenceNumber: reference }, { documentNumber: reference }] }] }, select: { id: true } });
  if (published) {
    const [data] = await publicContributionsByIds([published.id], baseUrl);
    if (data) return { status: 200, data };
  }
  const notice = await getUnpublishedNotice(reference);
  return notice ? { status: 410, notice } : { status: 404 };
}
