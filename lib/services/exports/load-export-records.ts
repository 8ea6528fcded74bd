/**
 * Loads the contributions of the secretariat queue's current filter as ExportRecords, in the
 * queue's order, a batch at a time, so an export of any size holds at most one batch in memory.
 * The WHERE is the queue's own (queueWhere: the caller's scope AND not a draft AND the URL
 * filters, text search included); batches follow each other by keyset (queueAfter), not OFFSET:
 * each batch's ids first, then those rows through Prisma (readQueueRows).
 *
 * The select names every column it reads: people (createdBy, audit actors) and their e-mail
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
import type { Prisma } from "@/generated/prisma/client";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { queueIds, readQueueRows, type Cursor, type QueueFilter } from "@/lib/services/contributions/queue-where";
import { localisedRecord, type ExportRecord } from "@/lib/exports/record";
import { withPart } from "@/lib/reference/document-number";
import type { AttachmentGroup } from "@/lib/exports/attachments-zip";

/** Rows per query: bounds memory (bodies are up to 200,000 characters each). */
export const EXPORT_BATCH_SIZE = 100;

const select = {
  id: true,
  referenceNumber: true,
  documentNumber: true,
  title: true,
  summary: true,
  body: true,
  language: true,
  type: true,
  actionLines: true,
  c7SubItems: true,
  sdgs: true,
  status: true,
  submittedAt: true,
  decidedAt: true,
  publishedAt: true,
  updatedAt: true,
  extendedUntil: true,
  organisation: { select: { name: true, shortCode: true, membershipCategory: true, stakeholderGroup: true, country: true, ituRegion: true } },
  consultation: { select: { code: true, slug: true, title: true } },
  answers: { select: { text: true, question: { select: { position: true, text: true } } }, orderBy: { question: { position: "asc" } } },
  languageVersions: { orderBy: { language: "asc" }, select: { language: true, title: true, summary: true, body: true, revision: true } },
  // Revision proposals without the secretariat's notes on them (messages to one organisation).
  proposals: {
    orderBy: { position: "asc" },
    select: { number: true, position: true, marker: true, text: true, reasons: true, decision: true, provision: { select: { ref: true, actionLine: true, text: true, baseline: { select: { version: true, language: true } } } } },
  },
} as const;

/**
 * The queue's contributions for `actor` under `filter` (status, sort, dir; paging is ignored: an
 * export has every page), read `batchSize` rows per query as the iterator is consumed.
 */
export function loadExportRecords(actor: Actor, filter: QueueFilter, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportRecord> {
  assertCan(actor, "queue.view");
  return batches(actor, filter, batchSize);
}

// What a cross-reference shows (title, numbers, organisation): no texts or answers.
const crossReferenceSelect = { ...select, summary: false, body: false, answers: false } as const;

/**
 * The records of one chapter of the DOCX compilation: the queue's contributions (for `actor`
 * under `filter`) that satisfy `also` (ANDed with the queue's WHERE, never replacing it), in the
 * queue's order. Those whose first Action Line (C1–C11 order) is `code` — whose full entry is in
 * this chapter — come complete; the others are listed there as cross-references only, so they
 * come without summary, body and answers (read once, in their own chapter, instead of once per
 * Action Line). Does not authorise: export-source.ts assertCan(actor, "queue.view") first.
 */
export async function* loadChapterRecords(actor: Actor, filter: QueueFilter, code: string | null, also: Prisma.Sql, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportRecord> {
  let cursor: Cursor | undefined;
  for (;;) {
    const ids = await queueIds(actor, filter, { limit: batchSize, cursor, also });
    const rows = await readQueueRows(actor, ids.map((r) => r.id), crossReferenceSelect);
    const fullIds = rows.filter((r) => (ACTION_LINE_CODES.find((c) => r.actionLines.includes(c)) ?? null) === code).map((r) => r.id);
    const byId = new Map((await readQueueRows(actor, fullIds, select)).map((r) => [r.id, r]));
    for (const row of rows) yield toRecord(byId.get(row.id) ?? { ...row, summary: "", body: "", answers: [] });
    if (ids.length < batchSize) return;
    cursor = ids[ids.length - 1];
  }
}

async function* batches(actor: Actor, filter: QueueFilter, batchSize: number): AsyncGenerator<ExportRecord> {
  let cursor: Cursor | undefined;
  for (;;) {
    const ids = await queueIds(actor, filter, { limit: batchSize, cursor });
    for (const row of await readQueueRows(actor, ids.map((r) => r.id), select)) yield toRecord(row);
    if (ids.length < batchSize) return;
    cursor = ids[ids.length - 1];
  }
}

type Row = Prisma.ContributionGetPayload<{ select: typeof select }>;

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
    consultation: { code: r.consultation.code, slug: r.consultation.slug, title: localisedRecord(r.consultation.title) },
    answers: r.answers.map((a) => ({ position: a.question.position, question: localisedRecord(a.question.text), text: a.text })),
    proposals: r.proposals.map((p) => ({
      number: p.number,
      position: p.position,
      marker: p.marker,
      ref: p.provision.ref,
      actionLine: p.provision.actionLine,
      baselineVersion: p.provision.baseline.version,
      baselineText: p.provision.text,
      baselineLanguage: p.provision.baseline.language,
      text: p.text,
      reasons: p.reasons,
      decision: p.decision,
    })),
    languageVersions: r.languageVersions.map((v) => ({ language: v.language, documentNumber: withPart(r.documentNumber ?? "", v.revision ? { kind: "REVISION", n: v.revision } : null, v.language), title: v.title, summary: v.summary, body: v.body })),
    submittedAt: r.submittedAt,
    publishedAt: r.publishedAt,
    internal: { id: r.id, status: r.status, decidedAt: r.decidedAt, updatedAt: r.updatedAt, extendedUntil: r.extendedUntil },
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
