/**
 * What the document-part services share: the contribution a part belongs to, loaded through the
 * actor's scope, and the printed number of a part (ITU's form).
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { withPart, type PartKind } from "@/lib/reference/document-number";

type Tx = Prisma.TransactionClient;

export const CONTRIBUTION_FOR_PART = {
  id: true,
  status: true,
  title: true,
  referenceNumber: true,
  documentNumber: true,
  organisationId: true,
  createdById: true,
  createdBy: { select: { email: true, locale: true } },
} as const;

/** `CWG-WSIS&SDG/WSIS20/5(Rev.1)` (the base number alone when not yet numbered). */
export function printedNumber(base: string | null, kind: PartKind, n: number | null): string {
  return withPart(base ?? "", n ? { kind, n } : null);
}

/**
 * The snapshot a published revision becomes: the document's latest version with the revision's
 * title, summary and body. Everything else (language, Action Lines, answers, attachments and the
 * revision proposals with their numbers) carries over unchanged, so MOD/ADD/SUP/NOC keep their
 * numbers across revisions and the existing comparison shows what the revision changed.
 */
export async function snapshotRevision(tx: Tx, contributionId: string, text: { title: string; summary: string; body: string }, createdById: string): Promise<number> {
  const latest = await tx.contributionVersion.findFirst({ where: { contributionId }, orderBy: { number: "desc" } });
  if (!latest) throw new Error(`published contribution ${contributionId} has no version`);
  const number = latest.number + 1;
  await tx.contributionVersion.create({
    data: {
      contributionId,
      number,
      title: text.title,
      summary: text.summary || latest.summary,
      body: text.body,
      language: latest.language,
      actionLines: latest.actionLines,
      sdgs: latest.sdgs,
      answers: latest.answers as Prisma.InputJsonValue,
      c7SubItems: latest.c7SubItems,
      cosponsors: latest.cosponsors as Prisma.InputJsonValue,
      attachments: latest.attachments as Prisma.InputJsonValue,
      proposals: latest.proposals as Prisma.InputJsonValue,
      createdById,
    },
  });
  return number;
}
