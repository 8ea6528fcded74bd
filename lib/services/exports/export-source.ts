/**
 * The selection an export reads (ExportSource, lib/exports): the secretariat queue's current
 * filter for `actor`, as one ordered stream of records (CSV, XLSX, JSON) and, for the DOCX
 * compilation, an overview (count, consultations, chapters that have entries) and one stream per
 * Action Line, and for the ZIP the attachments of each contribution and the blob store to read. Every query is the queue's own WHERE (queueWhere: scope AND not a draft AND the
 * filters), narrowed for a chapter, never replaced, so a chapter cannot show what the list hides.
 *
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view) at once, before anything is read.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ACTION_LINE_CODES } from "@/lib/reference";
import type { ExportSource } from "@/lib/exports";
import { inLanguage, localisedRecord, type ExportRecord } from "@/lib/exports/record";
import { queueCount, queueWhere, type QueueFilter } from "@/lib/services/contributions/queue-where";
import { blobStorage, BlobNotFoundError } from "@/lib/storage";
import { loadAttachmentGroups, loadChapterRecords, loadExportRecords } from "./load-export-records";

/** A chapter's condition (SQL over `c`): lists Action Line `code`, or (null) lists none of C1–C11. */
function chapterWhere(code: string | null): Prisma.Sql {
  return code ? Prisma.sql`${code} = ANY(c."actionLines")` : Prisma.sql`NOT (c."actionLines" && ${[...ACTION_LINE_CODES]}::text[])`;
}

/** `records` read in `language` (each translation where there is one, else the original); without one, `records` as they are. */
function translated(records: AsyncGenerator<ExportRecord>, language: string | undefined): AsyncGenerator<ExportRecord> {
  if (!language) return records;
  return (async function* () {
    for await (const r of records) yield inLanguage(r, language);
  })();
}

/** `language`: a compilation in one language (issue 14 item 2), the original where no translation exists. */
export function exportSource(actor: Actor, filter: QueueFilter, language?: string): ExportSource {
  assertCan(actor, "queue.view");
  const where = queueWhere(actor, filter);
  return {
    records: () => translated(loadExportRecords(actor, filter), language),
    chapter: (code) => translated(loadChapterRecords(actor, filter, code, chapterWhere(code)), language),
    attachments: () => loadAttachmentGroups(actor, filter),
    async openBlob(sha256) {
      try {
        return await blobStorage().open(sha256);
      } catch (e) {
        if (e instanceof BlobNotFoundError) return null;
        throw e;
      }
    },
    async overview() {
      const codes = [...ACTION_LINE_CODES, null];
      const [count, consultationIds, present] = await Promise.all([
        queueCount(actor, filter),
        db.$queryRaw<{ id: string }[]>`SELECT DISTINCT c."consultationId" AS id FROM "Contribution" c WHERE ${where}`,
        Promise.all(codes.map((code) => db.$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM "Contribution" c WHERE ${where} AND ${chapterWhere(code)} LIMIT 1`)),
      ]);
      const consultations = await db.consultation.findMany({ where: { id: { in: consultationIds.map((r) => r.id) } }, select: { title: true }, orderBy: { opensAt: "asc" } });
      return { count, consultationTitles: consultations.map((c) => localisedRecord(c.title)), chapters: codes.filter((_, i) => present[i].length > 0) };
    },
  };
}
