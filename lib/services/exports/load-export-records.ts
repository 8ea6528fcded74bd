/**
 * Loads the contributions of the secretariat queue's current filter as ExportRecords, in the
 * queue's order, a batch at a time, so an export of any size holds at most two batches in memory
 * (the one being written and the next, read ahead).
 * The WHERE is the queue's own (queueWhere: the caller's scope AND not a draft AND the URL
 * filters, text search included); batches follow each other by keyset (queueAfter), not OFFSET,
 * each batch one SQL statement (batchSql). The ZIP's attachment groups still read ids, then rows
 * through Prisma (readQueueRows): small rows, no gain in rewriting them.
 *
 * batchSql names every column it reads: people (createdBy, audit actors) and their e-mail
 * addresses, decision notes and extension reasons are never selected, so they cannot leak into
 * any format.
 *
 * Batches are separate queries: a contribution that changes status during a long download may
 * appear in its old or new state, or (when it leaves the filter) not at all; never twice, since
 * the keyset moves strictly forward.
 *
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view) at once, before anything is read
 *   (so an HTTP handler can answer 401/404 before it starts a 200 response).
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { primaryPool } from "@/lib/db";
import { epochMs, fromEpochMs } from "@/lib/sql-epoch";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueIds, queuePageSql, readQueueRows, type Cursor, type QueueFilter, type QueuePage } from "@/lib/services/contributions/queue-where";
import { localisedRecord, type ExportRecord } from "@/lib/exports/record";
import { withPart } from "@/lib/reference/document-number";
import type { AttachmentGroup } from "@/lib/exports/attachments-zip";

/** Rows per query: bounds memory (bodies are up to 200,000 characters each). */
export const EXPORT_BATCH_SIZE = 100;

/**
 * One batch of records, rows and relations in ONE statement (issue 16: through Prisma a batch was
 * the ids, then the rows and five relation queries, each a round trip the download waited for,
 * and Prisma's own decoding of 50 MB of text cost more than writing the CSV). `full` says which
 * rows come with summary, body and answers (the others have them empty). It names every column it
 * reads (see above: no people, notes or reasons).
 */
function batchSql(actor: Actor, filter: QueueFilter, page: QueuePage, full: Prisma.Sql): Prisma.Sql {
  const { clause, sortValue } = queuePageSql(actor, filter, page);
  return Prisma.sql`
SELECT c."id", ${sortValue} AS "sortValue", c."referenceNumber", c."documentNumber", c."title", c."language", c."type", c."status",
  c."actionLines", c."c7SubItems", c."sdgs",
  ${Prisma.raw(`${epochMs('c."submittedAt"')} AS "submittedAt", ${epochMs('c."decidedAt"')} AS "decidedAt", ${epochMs('c."publishedAt"')} AS "publishedAt", ${epochMs('c."updatedAt"')} AS "updatedAt", ${epochMs('c."extendedUntil"')} AS "extendedUntil"`)},
  CASE WHEN ${full} THEN c."summary" ELSE '' END AS "summary",
  CASE WHEN ${full} THEN c."body" ELSE '' END AS "body",
  json_build_object('name', o."name", 'shortCode', o."shortCode", 'membershipCategory', o."membershipCategory", 'stakeholderGroup', o."stakeholderGroup", 'country', o."country", 'ituRegion', o."ituRegion") AS "organisation",
  k."code" AS "consultationCode", k."slug" AS "consultationSlug", k."title" AS "consultationTitle",
  CASE WHEN ${full} THEN coalesce((
    SELECT json_agg(json_build_object('position', q."position", 'question', q."text", 'text', a."text") ORDER BY q."position")
    FROM "ContributionAnswer" a JOIN "GuidingQuestion" q ON q."id" = a."questionId" WHERE a."contributionId" = c."id"), '[]') ELSE '[]' END AS "answers",
  coalesce((
    SELECT json_agg(json_build_object('language', v."language", 'title', v."title", 'summary', v."summary", 'body', v."body", 'revision', v."revision") ORDER BY v."language")
    FROM "LanguageVersion" v WHERE v."contributionId" = c."id"), '[]') AS "languageVersions",
  coalesce((
    SELECT json_agg(json_build_object('number', p."number", 'position', p."position", 'marker', p."marker", 'ref', bp."ref", 'actionLine', bp."actionLine",
      'baselineVersion', b."version", 'baselineText', bp."text", 'baselineLanguage', b."language", 'text', p."text", 'reasons', p."reasons", 'decision', p."decision") ORDER BY p."position")
    FROM "RevisionProposal" p JOIN "BaselineProvision" bp ON bp."id" = p."provisionId" JOIN "BaselineText" b ON b."id" = bp."baselineId"
    WHERE p."contributionId" = c."id"), '[]') AS "proposals"
FROM "Contribution" c JOIN "Organisation" o ON o."id" = c."organisationId" JOIN "Consultation" k ON k."id" = c."consultationId"
${clause}`;
}

/**
 * The queue's contributions for `actor` under `filter` (status, sort, dir; paging is ignored: an
 * export has every page), read `batchSize` rows per query as the iterator is consumed.
 */
export function loadExportRecords(actor: Actor, filter: QueueFilter, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportRecord> {
  assertCan(actor, "queue.view");
  return batches(actor, filter, batchSize, Prisma.sql`TRUE`);
}

/**
 * SQL over `c`: its first Action Line in C1–C11 order (NULL when it lists none of them). The same
 * rule as primaryOf in lib/exports/docx.ts, which places the full entry: keep the two alike, or an
 * entry comes out with an empty body.
 */
const FIRST_ACTION_LINE = Prisma.sql`(SELECT u.code FROM unnest(${[...ACTION_LINE_CODES]}::text[]) WITH ORDINALITY AS u(code, n) WHERE u.code = ANY(c."actionLines") ORDER BY u.n LIMIT 1)`;

/**
 * The records of one chapter of the DOCX compilation: the queue's contributions (for `actor`
 * under `filter`) that satisfy `also` (ANDed with the queue's WHERE, never replacing it), in the
 * queue's order. Those whose first Action Line (C1–C11 order) is `code` — whose full entry is in
 * this chapter — come complete; the others are listed there as cross-references only, so they
 * come without summary, body and answers (read once, in their own chapter, instead of once per
 * Action Line). Does not authorise: export-source.ts assertCan(actor, "queue.view") first.
 */
export function loadChapterRecords(actor: Actor, filter: QueueFilter, code: string | null, also: Prisma.Sql, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportRecord> {
  const full = code ? Prisma.sql`${FIRST_ACTION_LINE} = ${code}` : Prisma.sql`${FIRST_ACTION_LINE} IS NULL`;
  return batches(actor, filter, batchSize, full, also);
}

async function* batches(actor: Actor, filter: QueueFilter, batchSize: number, full: Prisma.Sql, also?: Prisma.Sql): AsyncGenerator<ExportRecord> {
  const read = (cursor?: Cursor) => {
    const sql = batchSql(actor, filter, { limit: batchSize, cursor, also }, full);
    const rows = primaryPool.query<Row>(sql.text, sql.values).then((r) => r.rows);
    rows.catch(() => {}); // awaited below; a download abandoned meanwhile must not leave it unhandled
    return rows;
  };
  // Read-ahead: the next batch is read while this one is written out, so the database and the
  // formatting overlap instead of taking turns. At most two batches are held.
  let next = read();
  for (;;) {
    const rows = await next;
    const last = rows.at(-1);
    if (rows.length === batchSize && last) next = read({ id: last.id, value: last.sortValue });
    for (const row of rows) yield toRecord(row);
    if (rows.length < batchSize) return;
  }
}

/** A row of batchSql as node-postgres reads it (times as epoch ms, relations as parsed JSON). */
type Row = Pick<ExportRecord, "referenceNumber" | "documentNumber" | "title" | "summary" | "body" | "language" | "type" | "actionLines" | "c7SubItems" | "sdgs" | "organisation" | "proposals"> & {
  id: string;
  sortValue: string | null;
  status: string;
  submittedAt: number | null;
  decidedAt: number | null;
  publishedAt: number | null;
  updatedAt: number;
  extendedUntil: number | null;
  consultationCode: string;
  consultationSlug: string;
  consultationTitle: unknown;
  answers: { position: number; question: unknown; text: string }[];
  languageVersions: { language: string; title: string; summary: string; body: string; revision: number }[];
};

function toRecord(r: Row): ExportRecord {
  return {
    referenceNumber: r.referenceNumber,
    documentNumber: r.documentNumber,
    title: r.title,
    summary: r.summary,
    body: r.body,
    language: r.language,
    type: r.type,
    actionLines: r.actionLines,
    c7SubItems: r.c7SubItems,
    sdgs: r.sdgs,
    organisation: r.organisation,
    consultation: { code: r.consultationCode, slug: r.consultationSlug, title: localisedRecord(r.consultationTitle) },
    answers: r.answers.map((a) => ({ position: a.position, question: localisedRecord(a.question), text: a.text })),
    proposals: r.proposals,
    languageVersions: r.languageVersions.map((v) => ({ language: v.language, documentNumber: withPart(r.documentNumber ?? "", v.revision ? { kind: "REVISION", n: v.revision } : null, v.language), title: v.title, summary: v.summary, body: v.body })),
    submittedAt: fromEpochMs(r.submittedAt),
    publishedAt: fromEpochMs(r.publishedAt),
    internal: { id: r.id, status: r.status, decidedAt: fromEpochMs(r.decidedAt), updatedAt: new Date(r.updatedAt), extendedUntil: fromEpochMs(r.extendedUntil) },
  };
}

const attachmentSelect = {
  id: true,
  documentNumber: true,
  referenceNumber: true,
  submittedAt: true,
  title: true,
  status: true,
  attachments: { select: { filename: true, sha256: true }, orderBy: { createdAt: "asc" } },
} as const;

/**
 * The attachments of the queue's contributions for `actor` under `filter`, one group per
 * contribution (possibly empty) in the queue's order, by keyset like the records. Selects file
 * names and storage keys only: no uploader. Does not authorise: export-source.ts does.
 */
export async function* loadAttachmentGroups(actor: Actor, filter: QueueFilter, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<AttachmentGroup> {
  let cursor: Cursor | undefined;
  for (;;) {
    const ids = await queueIds(actor, filter, { limit: batchSize, cursor });
    for (const row of await readQueueRows(actor, ids.map((r) => r.id), attachmentSelect)) yield { folder: row.documentNumber ?? row.referenceNumber ?? row.id, files: row.attachments };
    if (ids.length < batchSize) return;
    cursor = ids[ids.length - 1];
  }
}
