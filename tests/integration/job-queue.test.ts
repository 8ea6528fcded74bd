/**
 * Background work on the PostgreSQL job queue (lib/jobs/queue.ts, pg-boss): an export taken by
 * one app server that then dies is retried by another, which takes over the job's row and
 * finishes the file that any server can serve.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { buffer } from "node:stream/consumers";
import { QUEUES, startJobs, stopJobs } from "@/lib/jobs/queue";
import { openExportJobFile, runQueuedExportJob } from "@/lib/services/exports/export-jobs";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let serverA: PgBoss;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Exported after a crash" }));
});
afterAll(async () => {
  await stopJobs(false, 1_000);
});

const waitFor = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (!(await check()) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  return check();
};

describe("the job queue", () => {
  it("retries on another server an export whose server died mid-run", { timeout: 90_000 }, async () => {
    const url = process.env.DATABASE_URL!;
    const secretariat = await world.actor("secretariat");
    const userId = secretariat.kind === "user" ? secretariat.userId : "";
    const row = await db.exportJob.create({ data: { userId, format: "csv", filter: {}, locale: "en", total: 1, expiresAt: new Date(Date.now() + 3_600_000) } });

    // Server A takes the job, marks the row RUNNING as the runner does, and dies without a word.
    serverA = new PgBoss({ connectionString: url, schema: "pgboss", maintenanceIntervalSeconds: 1 });
    serverA.on("error", () => {});
    await serverA.start();
    if (!(await serverA.getQueue(QUEUES.exports))) await serverA.createQueue(QUEUES.exports, { name: QUEUES.exports, retryLimit: 3, retryDelay: 0, expireInSeconds: 2 });
    else await serverA.updateQueue(QUEUES.exports, { name: QUEUES.exports, retryLimit: 3, retryDelay: 0, expireInSeconds: 2 });
    await serverA.work(QUEUES.exports, { pollingIntervalSeconds: 1 }, async ([job]) => {
      await db.exportJob.updateMany({ where: { id: (job.data as { id: string }).id, status: "PENDING" }, data: { status: "RUNNING" } });
      await new Promise(() => {}); // the process is gone: this never ends
    });
    await serverA.send(QUEUES.exports, { id: row.id });
    expect(await waitFor(async () => (await db.exportJob.findUniqueOrThrow({ where: { id: row.id } })).status === "RUNNING", 20_000)).toBe(true);
    await serverA.stop({ graceful: false, wait: false });

    // Server B supervises the queue: the dead job expires, is retried there, and B takes over the row.
    await startJobs({
      connectionString: url,
      maintenanceIntervalSeconds: 1,
      exportExpireInSeconds: 2,
      exportStaleMs: 1_000,
      pollingIntervalSeconds: 1,
      handlers: { "exports.run": (data, meta) => runQueuedExportJob(String(data.id), meta) },
    });
    const done = await waitFor(async () => (await db.exportJob.findUniqueOrThrow({ where: { id: row.id } })).status === "DONE", 60_000);
    expect(done).toBe(true);
    const file = await openExportJobFile(secretariat, row.id);
    expect((await buffer(file.stream)).toString()).toContain("Exported after a crash");
  });
});
