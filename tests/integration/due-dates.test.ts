import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { setDueDate } from "@/lib/services/triage/due-date";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { ageInDays, isDay } from "@/lib/schemas/due-date";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { showsInTimeline } from "@/lib/rules/timeline";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const id: Record<string, string> = {};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  for (const key of ["late", "onTime", "decided", "noDue"]) id[key] = (await submitContribution(c, contributionInput(world, { title: `Due ${key}` }))).id;
  await db.contribution.update({ where: { id: id.late }, data: { submittedAt: new Date(Date.now() - 10 * 86_400_000 - 3_600_000) } });
});

describe("due dates and ageing", () => {
  it("sets and clears a due date, audited and internal to the secretariat", async () => {
    const s = await world.actor("secretariat");
    await setDueDate(s, { contributionId: id.late, dueOn: day(-2) });
    await setDueDate(s, { contributionId: id.onTime, dueOn: day(3) });
    await setDueDate(s, { contributionId: id.decided, dueOn: day(-2) });
    await setDueDate(s, { contributionId: id.noDue, dueOn: day(1) });
    await setDueDate(s, { contributionId: id.noDue, dueOn: null });
    const events = await db.auditEvent.findMany({ where: { contributionId: id.noDue, action: "contribution.setDueDate" }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.data)).toEqual([{ from: null, to: day(1) }, { from: day(1), to: null }]);
    expect(showsInTimeline("contributor", "contribution.setDueDate")).toBe(false);
    expect((await db.contribution.findUniqueOrThrow({ where: { id: id.noDue } })).dueOn).toBeNull();
  });

  it("shows age and overdue in the queue, and filters the overdue ones (past due, still waiting for the secretariat)", async () => {
    const s = await world.actor("secretariat");
    await decideContribution(s, { decision: "accept", contributionId: id.decided, expectedStatus: "SUBMITTED", reason: "" });
    const rows = (await listQueue(s, parseQueueQuery({ sort: "title", dir: "asc" }))).rows;
    const late = rows.find((r) => r.id === id.late)!;
    expect([late.ageDays, late.overdue]).toEqual([10, true]);
    expect(rows.find((r) => r.id === id.onTime)!.overdue).toBe(false);
    expect(rows.find((r) => r.id === id.decided)!.overdue).toBe(false);
    expect((await listQueue(s, parseQueueQuery({ overdue: "yes" }))).rows.map((r) => r.id)).toEqual([id.late]);
    expect(ageInDays(null, new Date())).toBeNull();
  });

  it("refuses a day that does not exist, and every caller outside the secretariat", async () => {
    const s = await world.actor("secretariat");
    await expect(setDueDate(s, { contributionId: id.late, dueOn: "2026-02-30" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(isDay("2026-02-28")).toBe(true);
    for (const key of ["contributor", "focalPoint", "etuFocal"] as const) {
      await expect(setDueDate(await world.actor(key), { contributionId: id.late, dueOn: day(5) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(setDueDate(ANONYMOUS, { contributionId: id.late, dueOn: day(5) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setDueDate(s, { contributionId: "unknown-id", dueOn: day(5) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
