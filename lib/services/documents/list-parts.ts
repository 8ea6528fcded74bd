/**
 * A document's revisions, addenda and corrigenda as `actor` may see them (documentPartWhereFor):
 * the public sees published ones only; the organisation and the secretariat also open and
 * rejected ones. Numbered ones first in their order, then the others by date.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { documentPartWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";
import { printedNumber } from "./part-helpers";

export async function listDocumentParts(actor: Actor, contributionId: string) {
  if (!isId(contributionId)) return [];
  const rows = await db.documentPart.findMany({
    where: { AND: [documentPartWhereFor(actor), { contributionId }] },
    orderBy: [{ kind: "asc" }, { number: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, status: true, number: true, title: true, summary: true, body: true, note: true, versionNumber: true, createdAt: true, submittedAt: true, publishedAt: true, contribution: { select: { documentNumber: true, language: true } } },
  });
  return rows.map(({ contribution, ...p }) => ({ ...p, language: contribution.language, documentNumber: p.number ? printedNumber(contribution.documentNumber, p.kind, p.number) : null }));
}

export type DocumentPartRow = Awaited<ReturnType<typeof listDocumentParts>>[number];

