/**
 * The deadline crowd (issue 11), in process against the real PostgreSQL: many distinct
 * contributors submitting at the same instant, some twice with one key. Before the fix, 150 at
 * once failed with Prisma P2028 (a transaction could not get a connection within 2 s while the
 * others held the counter row's lock for most of their transaction).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { inSubmissionQueue } from "@/lib/services/contributions/submission-queue";
import { loadActor } from "@/lib/auth/load-actor";
import { upsertUser } from "@/prisma/factories";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("the deadline crowd", () => {
  it("takes 150 contributors submitting at once (one in five twice, same key): none refused, none lost or doubled, numbers gapless", { timeout: 120_000 }, async () => {
    const actors = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        const user = await upsertUser(db, { email: `crowd-${i}@example.org`, name: `Crowd ${i}`, organisationId: i % 2 ? world.exa.id : world.etu.id });
        return (await loadActor(user.id))!;
      }),
    );
    const submissions = actors.flatMap((actor, i) => {
      const input = contributionInput(world, { organisationId: i % 2 ? world.exa.id : world.etu.id, idempotencyKey: randomUUID(), title: `Crowd input ${i}` });
      const once = () => submitContribution(actor, input).then((r) => ({ key: input.idempotencyKey, ...r }));
      return i % 5 === 0 ? [once(), once()] : [once()];
    });
    const results = await Promise.allSettled(submissions);
    const failures = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason?.code ?? String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    const ok = results.map((r) => (r as PromiseFulfilledResult<{ key: string; id: string; referenceNumber: string }>).value);
    // One key, one contribution, one number, whichever of the two requests answered.
    const byKey = new Map<string, Set<string>>();
    for (const r of ok) (byKey.get(r.key) ?? byKey.set(r.key, new Set()).get(r.key)!).add(r.referenceNumber);
    expect([...byKey.values()].every((refs) => refs.size === 1)).toBe(true);
    const stored = await db.contribution.findMany({ where: { status: "SUBMITTED" }, select: { idempotencyKey: true, referenceNumber: true }, orderBy: { referenceNumber: "asc" } });
    expect(stored).toHaveLength(150);
    for (const s of stored) expect(byKey.get(s.idempotencyKey!)).toEqual(new Set([s.referenceNumber]));
    expect(stored.map((s) => s.referenceNumber)).toEqual(Array.from({ length: 150 }, (_, i) => `WSIS20-C-${String(i + 1).padStart(4, "0")}`));
    expect(await db.outboundEmail.count({ where: { kind: "receipt" } })).toBe(150);
    expect(await db.contributionVersion.count()).toBe(150);
    expect(await db.auditEvent.count({ where: { action: "contribution.submit" } })).toBe(150);
  });

  it("judges the deadline at arrival: a submission that arrived before it is accepted when processed after it, and its receipt says when it arrived", async () => {
    const actor = await world.actor("contributor");
    const closesAt = new Date(Date.now() - 2_000);
    await db.consultation.update({ where: { id: world.consultation.id }, data: { closesAt } });
    const arrivedAt = new Date(closesAt.getTime() - 1_000);
    const result = await submitContribution(actor, contributionInput(world), arrivedAt);
    expect(result.receivedAt).toBe(arrivedAt.toISOString());
    const stored = await db.contribution.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.submittedAt).toEqual(arrivedAt);
    const receipt = await db.outboundEmail.findFirstOrThrow({ where: { contributionId: result.id, kind: "receipt" } });
    expect(receipt.text).toMatch(/Received: .*\d{1,2}:\d{2}:\d{2}.*\(Europe\/Zurich\)/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { contributionId: result.id, action: "contribution.submit" } });
    expect(audit.data).toMatchObject({ referenceNumber: result.referenceNumber, version: 1, receivedAt: arrivedAt.toISOString() });
    // One arriving after the deadline is still refused.
    await expect(submitContribution(actor, contributionInput(world), new Date())).rejects.toMatchObject({ code: "CONSULTATION_CLOSED" });
  });

  it("refuses with BUSY (retryable, nothing run) a submission that waited its turn longer than allowed", async () => {
    let ran = false;
    const longAgo = new Date(Date.now() - 3_600_000);
    await expect(
      inSubmissionQueue(longAgo, async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ code: "BUSY", params: { retryAfter: 5 } });
    expect(ran).toBe(false);
  });
});
