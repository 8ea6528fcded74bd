/**
 * Background exports of the secretariat queue: a large selection is written to a file while the
 * person who asked watches its progress at /secretariat/exports and downloads it when it is done.
 * A job is an `ExportJob` row; it runs on the PostgreSQL job queue (lib/jobs/queue.ts: any app
 * server, retried elsewhere when its server dies) or, without the queue, in-process.
 *
 * - `startExportJob` authorises (queue.view), counts the selection (the queue's own WHERE), writes
 *   the row and an audit event in one transaction, and starts the runner.
 * - The runner works one job at a time per server process: it claims the oldest PENDING row
 *   (an UPDATE … WHERE status = PENDING, so two processes never take the same job), loads the
 *   starter's Actor again (a person who lost queue.view meanwhile gets FORBIDDEN, never a file),
 *   streams the format into the blob storage's named file `exports/<id>.<ext>` (lib/storage:
 *   STORAGE_DIR/exports locally, or the S3 bucket, so any app server can serve the download) and writes `done` about once a second, which also refreshes `updatedAt`.
 * - `resumeExportJobs` (server start, and every listing) marks RUNNING jobs whose `updatedAt` is
 *   older than STALE_MS as FAILED (SERVER_STOPPED: the process died with them), deletes the files
 *   of expired jobs, and starts the runner for PENDING ones.
 * - Download (`openExportJobFile`): the starter only, still holding queue.view, DONE and not
 *   expired; anything else is NOT_FOUND (another person's job is not revealed).
 */
import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import type { ExportJob, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/load-actor";
import { exportJobWhereFor } from "@/lib/auth/scopes";
import { recordAudit } from "@/lib/services/audit";
import { queueCount, type QueueFilter } from "@/lib/services/contributions/queue-where";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { renderExport, exportFileName, type ExportFormat, type ExportSource } from "@/lib/exports";
import { exportLabels } from "@/lib/exports/labels";
import { primaryOf } from "@/lib/exports/docx";
import { exportSource } from "./export-source";
import { blobStorage } from "@/lib/storage";
import { QUEUES, enqueue, jobsRunning } from "@/lib/jobs/queue";

/** How long a finished file stays downloadable (ms). */
export const EXPORT_JOB_TTL_MS = 24 * 3_600_000;
/** A RUNNING job not updated for this long (ms) died with its server. */
export const STALE_MS = 60_000;
const PROGRESS_EVERY_MS = 1_000;

export type ExportJobView = Pick<ExportJob, "id" | "format" | "status" | "done" | "total" | "error" | "createdAt" | "finishedAt" | "expiresAt"> & { downloadable: boolean };

/** The stored name of an export file (the blob storage's named files: local folder or bucket). */
const exportFile = (fileName: string) => `exports/${path.basename(fileName)}`;

/**
 * Starts a background export of the queue under `filter` for `actor`, in `format`, labelled in
 * `locale`. Returns the job's id. @throws AppError UNAUTHENTICATED | FORBIDDEN.
 */
export async function startExportJob(actor: Actor, input: { format: ExportFormat; filter: QueueFilter; locale: string }, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "queue.view");
  const userId = actor.kind === "user" ? actor.userId : "";
  const total = await queueCount(actor, input.filter);
  const job = await db.$transaction(async (tx) => {
    const created = await tx.exportJob.create({
      data: { userId, format: input.format, filter: input.filter as unknown as Prisma.InputJsonValue, locale: input.locale, total, expiresAt: new Date(now.getTime() + EXPORT_JOB_TTL_MS) },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: userId, action: "export.start", data: { jobId: created.id, format: input.format, total } });
    return created;
  });
  // On the job queue any app server runs it (and another one retries it if this one dies).
  if (!(await enqueue(QUEUES.exports, { id: job.id }))) kickExportJobs();
  return job;
}

/** The actor's 20 latest jobs, newest first (after a sweep, see resumeExportJobs). @throws AppError as startExportJob. */
export async function listExportJobs(actor: Actor, now = new Date()): Promise<ExportJobView[]> {
  assertCan(actor, "queue.view");
  await resumeExportJobs(now);
  const jobs = await db.exportJob.findMany({ where: exportJobWhereFor(actor), orderBy: { createdAt: "desc" }, take: 20 });
  return jobs.map(({ id, format, status, done, total, error, createdAt, finishedAt, expiresAt, filePath }) => ({
    id, format, status, done, total, error, createdAt, finishedAt, expiresAt,
    downloadable: status === "DONE" && filePath !== null && expiresAt > now,
  }));
}

/**
 * The finished file of job `id` for its starter: a stream, the download's name and media type.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (no queue.view), NOT_FOUND (unknown, someone
 *   else's, unfinished, failed or expired).
 */
export async function openExportJobFile(actor: Actor, id: string, now = new Date()): Promise<{ stream: Readable; fileName: string; format: ExportFormat }> {
  assertCan(actor, "queue.view");
  const job = await db.exportJob.findFirst({ where: { AND: [exportJobWhereFor(actor), { id, status: "DONE", expiresAt: { gt: now }, filePath: { not: null } }] } });
  if (!job?.filePath) throw new AppError("NOT_FOUND");
  const format = job.format as ExportFormat;
  const stream = await blobStorage()
    .openFile(exportFile(job.filePath))
    .catch(() => {
      throw new AppError("NOT_FOUND");
    });
  return { stream, fileName: exportFileName(format, job.createdAt), format };
}

/** Fails stale RUNNING jobs, removes expired files, and starts the runner if anything is PENDING. */
export async function resumeExportJobs(now = new Date()): Promise<void> {
  // On the job queue a dead server's job is retried elsewhere: only give up on it much later.
  const staleMs = jobsRunning() ? QUEUED_GIVE_UP_MS : STALE_MS;
  await db.exportJob.updateMany({
    where: { status: "RUNNING", updatedAt: { lt: new Date(now.getTime() - staleMs) } },
    data: { status: "FAILED", error: "SERVER_STOPPED", finishedAt: now },
  });
  const expired = await db.exportJob.findMany({ where: { expiresAt: { lte: now }, filePath: { not: null } }, select: { id: true, filePath: true } });
  for (const job of expired) {
    await blobStorage().removeFile(exportFile(job.filePath!));
    await db.exportJob.update({ where: { id: job.id }, data: { filePath: null } });
  }
  if (!jobsRunning() && (await db.exportJob.count({ where: { status: "PENDING" } }))) kickExportJobs();
}

/** On the job queue, a RUNNING job not heard from for this long (ms) is failed (its retries are over). */
const QUEUED_GIVE_UP_MS = 2 * 3_600_000;

let runner: Promise<void> | null = null;

/** Starts the in-process runner unless it is running; it stops when no job is PENDING. */
export function kickExportJobs(): void {
  runner ??= (async () => {
    try {
      for (;;) {
        const next = await db.exportJob.findFirst({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select: { id: true } });
        if (!next) return;
        await runExportJob(next.id);
      }
    } catch (e) {
      console.error("[exports] job runner stopped", e);
    } finally {
      runner = null;
    }
  })();
}

/** Resolves when the runner has no more work (tests; a no-op when idle). */
export async function exportJobsIdle(): Promise<void> {
  while (runner) await runner;
}

/**
 * Claims and runs job `id` if still PENDING (or, with `takeOverAfterMs`, RUNNING but not heard
 * from for that long: its server died and the queue retries it here); the outcome is written to
 * its row, never thrown.
 */
export async function runExportJob(id: string, { takeOverAfterMs }: { takeOverAfterMs?: number } = {}): Promise<boolean> {
  const stale = takeOverAfterMs ? [{ status: "RUNNING" as const, updatedAt: { lt: new Date(Date.now() - takeOverAfterMs) } }] : [];
  const claimed = await db.exportJob.updateMany({ where: { id, OR: [{ status: "PENDING" }, ...stale] }, data: { status: "RUNNING", done: 0 } });
  if (claimed.count !== 1) return false;
  const job = await db.exportJob.findUniqueOrThrow({ where: { id } });
  const extension = exportFileName(job.format as ExportFormat, job.createdAt).split(".").pop();
  const fileName = `${job.id}.${extension}`;
  let done = 0;
  const heartbeat = setInterval(() => void db.exportJob.update({ where: { id }, data: { done } }).catch(() => {}), PROGRESS_EVERY_MS);
  try {
    const actor = await loadActor(job.userId);
    if (!actor || !can(actor, "queue.view")) throw new AppError("FORBIDDEN");
    const stored = (job.filter ?? {}) as Record<string, unknown>;
    const filter = parseQueueQuery(Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, String(v)])), job.locale);
    const source = counted(exportSource(actor, filter), () => done++);
    const { stream } = await renderExport(job.format as ExportFormat, source, exportLabels(job.locale), { compiledAt: job.createdAt, status: filter.status });
    // Streamed into the store; a reader never sees it before it is complete.
    await blobStorage().putFile(exportFile(fileName), stream);
    clearInterval(heartbeat);
    await db.exportJob.update({ where: { id }, data: { status: "DONE", done, filePath: fileName, finishedAt: new Date() } });
  } catch (e) {
    clearInterval(heartbeat);
    if (!(e instanceof AppError)) console.error(`[exports] job ${id} failed`, e);
    await db.exportJob.update({ where: { id }, data: { status: "FAILED", done, error: e instanceof AppError ? e.code : "EXPORT_FAILED", finishedAt: new Date() } });
  }
  return true;
}

/**
 * The job queue's `exports.run` handler. A retry (`retryCount` > 0: the first try's server died
 * or hung) takes the row over once its heartbeat is older than `staleMs`; before that it throws,
 * so that the queue tries again later rather than dropping the job.
 */
export async function runQueuedExportJob(id: string, { retryCount, staleMs }: { retryCount: number; staleMs: number }): Promise<void> {
  if (await runExportJob(id, { takeOverAfterMs: retryCount > 0 ? staleMs : undefined })) return;
  const row = await db.exportJob.findUnique({ where: { id }, select: { status: true } });
  if (row?.status === "RUNNING") throw new Error(`export ${id} is still RUNNING elsewhere; the queue retries later`);
}

/** `source` with `onRecord` called once per contribution written (DOCX: at its full entry only). */
function counted(source: ExportSource, onRecord: () => void): ExportSource {
  return {
    overview: () => source.overview(),
    openBlob: source.openBlob,
    async *attachments() {
      for await (const group of source.attachments()) {
        onRecord();
        yield group;
      }
    },
    async *records() {
      for await (const r of source.records()) {
        onRecord();
        yield r;
      }
    },
    async *chapter(code) {
      for await (const r of source.chapter(code)) {
        if (primaryOf(r) === code) onRecord();
        yield r;
      }
    },
  };
}
