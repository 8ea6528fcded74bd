/**
 * Background exports on the real database: a job counts the queue's selection, runs in-process,
 * writes its file under STORAGE_DIR, reports progress, and only its starter (still holding
 * queue.view) downloads it; a job left RUNNING by a dead server is marked failed; an expired file
 * is removed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { exportJobsIdle, listExportJobs, resumeExportJobs, startExportJob, STALE_MS } from "@/lib/services/exports/export-jobs";
import { exportJobResponse } from "@/lib/services/exports/export-job-response";
import { loadActor } from "@/lib/auth/load-actor";
import { ANONYMOUS, type Actor } from "@/lib/auth/permissions";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let secretariat: Actor;
const { page: _p, size: _s, ...ALL } = parseQueueQuery({});
const { page: _p2, size: _s2, ...ACCEPTED } = parseQueueQuery({ status: "ACCEPTED" });

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  secretariat = await world.actor("secretariat");
  for (let i = 0; i < 5; i++) {
    const { id } = await submitContribution(c, contributionInput(world, { title: `Input ${i}`, actionLines: [i % 2 ? "C7" : "C2"] }));
    if (i < 3) await decideContribution(secretariat, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  }
  await db.contribution.create({
    data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title: "Draft never exported", summary: "s", body: "b", language: "en", actionLines: ["C1"] },
  });
});

async function body(res: Response) {
  return Buffer.from(await res.arrayBuffer());
}

describe("background export jobs", () => {
  it("runs a job to its end: progress, the queue's selection only, a file for its starter", async () => {
    const { id } = await startExportJob(secretariat, { format: "csv", filter: ACCEPTED, locale: "en" });
    await exportJobsIdle();
    const [job] = await listExportJobs(secretariat);
    expect(job).toMatchObject({ id, status: "DONE", done: 3, total: 3, downloadable: true, error: null });
    const res = await exportJobResponse(secretariat, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="wsis20-contributions-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(await body(res), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => Object.values(r).join(" ")).join("\n")).not.toContain("Draft never exported");
    const audit = await db.auditEvent.findFirst({ where: { action: "export.start" } });
    expect(audit?.data).toMatchObject({ jobId: id, format: "csv", total: 3 });
  });

  it("writes a DOCX compilation counted once per contribution", async () => {
    const { id } = await startExportJob(secretariat, { format: "docx", filter: ALL, locale: "ar" });
    await exportJobsIdle();
    const job = (await listExportJobs(secretariat)).find((j) => j.id === id)!;
    expect(job).toMatchObject({ status: "DONE", done: 5, total: 5 });
    const zip = await JSZip.loadAsync(await body(await exportJobResponse(secretariat, id)));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Input 4");
    expect(xml).not.toContain("Draft never exported");
  });

  it("lets nobody but its starter download, and re-checks the starter's permission", async () => {
    const { id } = await startExportJob(secretariat, { format: "json", filter: ALL, locale: "en" });
    await exportJobsIdle();
    expect((await exportJobResponse(ANONYMOUS, id)).status).toBe(401);
    for (const key of ["admin", "contributor", "outsider"] as const) {
      const res = await exportJobResponse(await world.actor(key), id);
      expect(res.status, key).toBe(404);
      expect((await body(res)).toString()).not.toContain("Input");
    }
    expect(await listExportJobs(await world.actor("admin"))).toEqual([]);
    await expect(listExportJobs(await world.actor("contributor"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The starter loses the secretariat role: the file is no longer theirs to take.
    await db.user.update({ where: { id: world.users.secretariat.id }, data: { role: "USER" } });
    const demoted = (await loadActor(world.users.secretariat.id))!;
    expect((await exportJobResponse(demoted, id)).status).toBe(404);
    await db.user.update({ where: { id: world.users.secretariat.id }, data: { role: "SECRETARIAT" } });
    expect((await exportJobResponse(secretariat, id)).status).toBe(200);
  });

  it("fails a job whose starter lost queue.view before it ran", async () => {
    const { id } = await startExportJob(secretariat, { format: "csv", filter: ALL, locale: "en" });
    await exportJobsIdle();
    // Simulate a job queued before the role change: set it back to PENDING, demote, then resume.
    await db.exportJob.update({ where: { id }, data: { status: "PENDING", filePath: null } });
    await db.user.update({ where: { id: world.users.secretariat.id }, data: { role: "USER" } });
    await resumeExportJobs();
    await exportJobsIdle();
    await db.user.update({ where: { id: world.users.secretariat.id }, data: { role: "SECRETARIAT" } });
    expect(await db.exportJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", error: "FORBIDDEN", filePath: null });
  });

  it("marks a job left RUNNING by a stopped server as failed, and removes expired files", async () => {
    const stale = await db.exportJob.create({
      data: { userId: world.users.secretariat.id, format: "xlsx", filter: {}, locale: "en", status: "RUNNING", total: 5, done: 2, expiresAt: new Date(Date.now() + 86_400_000), updatedAt: new Date(Date.now() - STALE_MS - 1_000) },
    });
    const { id: old } = await startExportJob(secretariat, { format: "csv", filter: ALL, locale: "en" }, new Date(Date.now() - 2 * 86_400_000));
    await exportJobsIdle();
    const jobs = await listExportJobs(secretariat);
    expect(jobs.find((j) => j.id === stale.id)).toMatchObject({ status: "FAILED", error: "SERVER_STOPPED", downloadable: false });
    expect(jobs.find((j) => j.id === old)).toMatchObject({ status: "DONE", downloadable: false });
    expect((await db.exportJob.findUniqueOrThrow({ where: { id: old } })).filePath).toBeNull();
    expect((await exportJobResponse(secretariat, old)).status).toBe(404);
  });
});
