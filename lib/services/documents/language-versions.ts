/**
 * Language versions of a published document (issue 14 item 2): the secretariat attaches the
 * translation into any other official language; one per language, public with the document.
 * Saving is one transaction with its audit event, guarded by the version the person edited
 * (a new one: none may exist; an edit: updatedAt unchanged), so two people saving at once get
 * exactly one write and the other CHANGED_MEANWHILE. Its printed number is the document's with
 * the language letter (CWG-WSIS&SDG/WSIS20/5(Rev.1)-F).
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | INVALID_TRANSITION (not published)
 *   | VALIDATION { language: ["originalLanguage"] } | CHANGED_MEANWHILE.
 */
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { languageVersionWhereFor, queueWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { documentTakesParts } from "@/lib/rules/document-parts";
import { withPart } from "@/lib/reference/document-number";
import { isId } from "@/lib/schemas/id";
import { announceChange } from "@/lib/services/announce-change";
import type { TLanguageVersionInput } from "@/lib/schemas/language-version";

export async function saveLanguageVersion(actor: Actor, input: TLanguageVersionInput, now = new Date()): Promise<{ id: string; documentNumber: string }> {
  assertCan(actor, "document.translate");
  const c = await db.contribution.findFirst({ where: { AND: [queueWhereFor(actor), { id: input.contributionId }] }, select: { id: true, status: true, language: true, documentNumber: true } });
  if (!c) throw new AppError("NOT_FOUND");
  if (!documentTakesParts(c.status)) throw new AppError("INVALID_TRANSITION", { status: c.status });
  if (input.language === c.language) throw new AppError("VALIDATION", {}, { language: ["originalLanguage"] });
  const text = { title: input.title, summary: input.summary, body: input.body, updatedById: actor.userId, updatedAt: now };
  let saved: { id: string; documentNumber: string };
  try {
    saved = await db.$transaction(async (tx) => {
      // The revision it translates: the number of published revisions now.
      const revision = await tx.documentPart.count({ where: { contributionId: c.id, kind: "REVISION", status: "ACCEPTED" } });
      let id: string;
      if (input.expectedUpdatedAt) {
        const expected = new Date(input.expectedUpdatedAt);
        if (Number.isNaN(expected.getTime())) throw new AppError("CHANGED_MEANWHILE");
        const { count } = await tx.languageVersion.updateMany({ where: { contributionId: c.id, language: input.language, updatedAt: expected }, data: { ...text, revision } });
        if (count === 0) throw new AppError("CHANGED_MEANWHILE");
        id = (await tx.languageVersion.findUniqueOrThrow({ where: { contributionId_language: { contributionId: c.id, language: input.language } }, select: { id: true } })).id;
      } else {
        id = (await tx.languageVersion.create({ data: { ...text, contributionId: c.id, language: input.language, revision, createdById: actor.userId, createdAt: now }, select: { id: true } })).id;
      }
      await recordAudit(tx, { actorId: actor.userId, action: "document.translation.save", contributionId: c.id, data: { language: input.language, revision }, at: now });
      return { id, documentNumber: withPart(c.documentNumber ?? "", revision ? { kind: "REVISION", n: revision } : null, input.language) };
    });
  } catch (e) {
    // A version of that language was created meanwhile.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CHANGED_MEANWHILE");
    throw e;
  }
  // Searched and shown on the public list: its kept pages are stale everywhere.
  await announceChange("published-list");
  return saved;
}

/** The language versions of a document `actor` may see, each with its printed number. */
export async function listLanguageVersions(actor: Actor, contributionId: string) {
  if (!isId(contributionId)) return [];
  const rows = await db.languageVersion.findMany({
    where: { AND: [languageVersionWhereFor(actor), { contributionId }] },
    orderBy: { language: "asc" },
    select: { id: true, language: true, title: true, summary: true, body: true, revision: true, updatedAt: true, contribution: { select: { documentNumber: true } } },
  });
  return rows.map(({ contribution, ...v }) => ({ ...v, documentNumber: withPart(contribution.documentNumber ?? "", v.revision ? { kind: "REVISION", n: v.revision } : null, v.language) }));
}

export type LanguageVersionRow = Awaited<ReturnType<typeof listLanguageVersions>>[number];
