/**
 * Issue 14 item 4 (first half): marking a contribution a duplicate of another is a decision. It
 * moves to DUPLICATE (TRANSITIONS.markDuplicate) with an e-mail to its organisation in its
 * language, audited with both statuses, found by the queue's status filter, never public; the
 * decision is reversible (back to UNDER_REVIEW, e-mailed); two people at once: exactly one wins.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getPublishedContribution } from "@/lib/services/contributions/get-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { markDuplicate } from "@/lib/services/triage/duplicates";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let original: string;
let copy: { id: string; referenceNumber: string };

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  original = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "The original letter" }))).id;
  // The Arabic-speaking contributor sent a copy.
  copy = await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id, title: "نسخة من الرسالة" }));
  await db.outboundEmail.deleteMany();
});

describe("duplicate as a decision", () => {
  it("moves the contribution to DUPLICATE, audited, e-mailed in its language, found by the queue's status filter", async () => {
    const s = await world.actor("secretariat");
    await markDuplicate(s, { contributionId: copy.id, duplicateOfId: original, expected: null });
    expect(await db.contribution.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "DUPLICATE", duplicateOfId: original });
    const [event] = await db.auditEvent.findMany({ where: { contributionId: copy.id, action: "contribution.markDuplicate" } });
    expect(event).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "DUPLICATE", actorId: world.users.secretariat.id, data: { from: null, to: original } });
    const mails = await db.outboundEmail.findMany();
    expect(mails.map((m) => [m.kind, m.locale, m.to])).toEqual([["markedDuplicate", "ar", "ar@example.org"]]);
    const found = await listQueue(s, parseQueueQuery({ status: "DUPLICATE" }));
    expect(found.rows.map((r) => r.id)).toEqual([copy.id]);
    // Once decided, the contribution takes no review decision (the decisions need an open status).
    await expect(decideContribution(s, { decision: "accept", contributionId: copy.id, expectedStatus: "DUPLICATE", reason: "" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });

  it("is reversible: unmarking takes it back to review, audited and e-mailed", async () => {
    const s = await world.actor("secretariat");
    await markDuplicate(s, { contributionId: copy.id, duplicateOfId: original, expected: null });
    await markDuplicate(s, { contributionId: copy.id, duplicateOfId: null, expected: original });
    expect(await db.contribution.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "UNDER_REVIEW", duplicateOfId: null });
    const events = await db.auditEvent.findMany({ where: { contributionId: copy.id, action: { contains: "Duplicate" } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["contribution.markDuplicate", "SUBMITTED", "DUPLICATE"],
      ["contribution.unmarkDuplicate", "DUPLICATE", "UNDER_REVIEW"],
    ]);
    const mails = await db.outboundEmail.findMany({ orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => [m.kind, m.locale])).toEqual([["markedDuplicate", "ar"], ["duplicateUnmarked", "ar"]]);
    expect(mails[1].subject).toContain("أُلغي قرار التكرار");
    expect((await listQueue(s, parseQueueQuery({ status: "DUPLICATE" }))).total).toBe(0);
    // Pointed at another while a duplicate: stays DUPLICATE.
    await markDuplicate(s, { contributionId: copy.id, duplicateOfId: original, expected: null });
    const third = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "A third" }))).id;
    await markDuplicate(s, { contributionId: copy.id, duplicateOfId: third, expected: original });
    expect(await db.contribution.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "DUPLICATE", duplicateOfId: third });
  });

  it("two secretariat members at once: exactly one decides, the other is told; one e-mail, one event", async () => {
    const third = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "A third" }))).id;
    await db.outboundEmail.deleteMany();
    const results = await Promise.allSettled([
      markDuplicate(await world.actor("secretariat"), { contributionId: copy.id, duplicateOfId: original, expected: null }),
      markDuplicate(await world.actor("admin"), { contributionId: copy.id, duplicateOfId: third, expected: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", params: { status: "DUPLICATE" } });
    expect(await db.auditEvent.count({ where: { contributionId: copy.id, action: "contribution.markDuplicate" } })).toBe(1);
    expect(await db.outboundEmail.count()).toBe(1);
  });

  it("refuses a decided contribution (accepted): nothing written", async () => {
    const s = await world.actor("secretariat");
    await decideContribution(s, { decision: "accept", contributionId: copy.id, expectedStatus: "SUBMITTED", reason: "" });
    await db.outboundEmail.deleteMany();
    await expect(markDuplicate(s, { contributionId: copy.id, duplicateOfId: original, expected: null })).rejects.toMatchObject({ code: "INVALID_TRANSITION", params: { status: "ACCEPTED" } });
    expect(await db.contribution.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "ACCEPTED", duplicateOfId: null });
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("a duplicate is never public (page, search)", async () => {
    const s = await world.actor("secretariat");
    await markDuplicate(s, { contributionId: copy.id, duplicateOfId: original, expected: null });
    expect(await getPublishedContribution(copy.referenceNumber)).toBeNull();
    expect((await searchPublished(parsePublicSearch({}))).rows.map((r) => r.id)).not.toContain(copy.id);
  });
});
