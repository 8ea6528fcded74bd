import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { findLikelyDuplicates, listDuplicateClusters, markDuplicate } from "@/lib/services/triage/duplicates";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { showsInTimeline } from "@/lib/rules/timeline";
import { upsertConsultation } from "@/prisma/factories";
import { SEED_CONSULTATION } from "@/prisma/seed-data";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const id: Record<string, string> = {};
const LETTER = "We, the undersigned, ask the review to keep a strong multistakeholder model, to fund capacity building in every region and to publish open data on connectivity and affordability.";

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const exa = await world.actor("contributor");
  const etu = await world.actor("otherOrg");
  const submit = async (key: string, actor: typeof exa, fields: Parameters<typeof contributionInput>[1]) => (id[key] = (await submitContribution(actor, contributionInput(world, fields))).id);
  await submit("a", exa, { title: "Keep the multistakeholder model", body: LETTER });
  // The same letter with other capitals, punctuation and spacing: same normalised body.
  await submit("b", etu, { organisationId: world.etu.id, title: "Keep the multistakeholder model!", body: LETTER.toUpperCase().replaceAll(",", " ;  ") });
  await submit("c", exa, { title: "Keep the multi-stakeholder model", body: `${LETTER} Signed in Geneva.` });
  await submit("other", exa, { title: "Satellite spectrum for rural broadband", body: "Orbital slots and spectrum coordination for low earth orbit constellations serving remote areas." });
  // A draft copy and a copy in another consultation: never proposed.
  await db.contribution.create({ data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title: "Keep the multistakeholder model", summary: "s", body: LETTER, language: "en" } });
  const other = await upsertConsultation(db, { ...SEED_CONSULTATION, slug: "other-consultation", code: "OTHER", opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 86_400_000) });
  id.elsewhere = (await submitContribution(exa, { ...contributionInput(world, { title: "Keep the multistakeholder model", body: LETTER }), consultationId: other.id, answers: [] })).id;
});

describe("duplicates", () => {
  it("proposes the most similar non-drafts of the same consultation, with their similarity", async () => {
    const likely = await findLikelyDuplicates(await world.actor("secretariat"), id.a);
    expect(likely.map((d) => d.id).sort()).toEqual([id.b, id.c].sort());
    for (const d of likely) expect(d.percent).toBeGreaterThanOrEqual(30);
    expect(likely[0].percent).toBeGreaterThanOrEqual(likely[1].percent);
    expect(likely.map((d) => d.id)).not.toContain(id.elsewhere);
  });

  it("groups identical letters (case, punctuation and spacing aside) into clusters with counts", async () => {
    const clusters = await listDuplicateClusters(await world.actor("secretariat"));
    expect(clusters).toHaveLength(1); // a and b (the draft and the other consultation's copy are not counted together)
    expect(clusters[0].count).toBe(2);
    expect(clusters[0].sample.map((m) => m.id).sort()).toEqual([id.a, id.b].sort());
    expect(clusters[0].consultationCode).toBe("WSIS20");
  });

  it("marks and unmarks, audited, shown in the queue's filter and column, and internal to the secretariat", async () => {
    const s = await world.actor("secretariat");
    await markDuplicate(s, { contributionId: id.b, duplicateOfId: id.a, expected: null });
    const marked = await listQueue(s, parseQueueQuery({ dup: "yes" }));
    expect(marked.rows.map((r) => [r.id, r.duplicateOf?.id])).toEqual([[id.b, id.a]]);
    expect((await listQueue(s, parseQueueQuery({ dup: "no" }))).total).toBe(4);
    await markDuplicate(s, { contributionId: id.b, duplicateOfId: null, expected: id.a });
    expect((await listQueue(s, parseQueueQuery({ dup: "yes" }))).total).toBe(0);
    const events = await db.auditEvent.findMany({ where: { contributionId: id.b, action: { contains: "Duplicate" } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.data])).toEqual([
      ["contribution.markDuplicate", world.users.secretariat.id, { from: null, to: id.a }],
      ["contribution.unmarkDuplicate", world.users.secretariat.id, { from: id.a, to: null }],
    ]);
    expect(events.every((e) => !showsInTimeline("contributor", e.action))).toBe(true);
  });

  it("refuses a stale mark, itself, another consultation and a cycle", async () => {
    const s = await world.actor("secretariat");
    await markDuplicate(s, { contributionId: id.c, duplicateOfId: id.a, expected: null });
    await expect(markDuplicate(s, { contributionId: id.c, duplicateOfId: id.b, expected: null })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(markDuplicate(s, { contributionId: id.a, duplicateOfId: id.a, expected: null })).rejects.toMatchObject({ code: "DUPLICATE_INVALID" });
    await expect(markDuplicate(s, { contributionId: id.a, duplicateOfId: id.elsewhere, expected: null })).rejects.toMatchObject({ code: "DUPLICATE_INVALID" });
    await markDuplicate(s, { contributionId: id.a, duplicateOfId: id.b, expected: null });
    // b → c would close c → a → b → c.
    await expect(markDuplicate(s, { contributionId: id.b, duplicateOfId: id.c, expected: null })).rejects.toMatchObject({ code: "DUPLICATE_INVALID" });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: id.b } })).duplicateOfId).toBeNull();
  });

  it("never lets two concurrent marks close a cycle", async () => {
    const s = await world.actor("secretariat");
    await db.contribution.updateMany({ where: { id: { in: [id.a, id.b, id.c] } }, data: { duplicateOfId: null } });
    for (let i = 0; i < 5; i++) {
      const results = await Promise.allSettled([
        markDuplicate(s, { contributionId: id.a, duplicateOfId: id.b, expected: null }),
        markDuplicate(s, { contributionId: id.b, duplicateOfId: id.a, expected: null }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      await db.contribution.updateMany({ where: { id: { in: [id.a, id.b] } }, data: { duplicateOfId: null } });
    }
  });

  it("is refused to contributors, focal points and anonymous callers", async () => {
    for (const key of ["contributor", "focalPoint", "etuFocal"] as const) {
      const actor = await world.actor(key);
      await expect(markDuplicate(actor, { contributionId: id.b, duplicateOfId: id.a, expected: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findLikelyDuplicates(actor, id.a)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listDuplicateClusters(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(markDuplicate(ANONYMOUS, { contributionId: id.b, duplicateOfId: id.a, expected: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(findLikelyDuplicates(ANONYMOUS, id.a)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listDuplicateClusters(ANONYMOUS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
