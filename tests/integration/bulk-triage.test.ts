import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { addTags, bulkTriage } from "@/lib/services/triage/bulk-triage";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { parseTags } from "@/lib/schemas/tags";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { showsInTimeline } from "@/lib/rules/timeline";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const ids: string[] = [];

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  for (const title of ["Tag one", "Tag two", "Tag three"]) ids.push((await submitContribution(c, contributionInput(world, { title }))).id);
});

describe("bulk assignment and tags", () => {
  it("assigns and tags each item on its own, audited, reporting each (an unknown id is refused alone)", async () => {
    const s = await world.actor("secretariat");
    const results = await bulkTriage(s, { assigneeId: world.users.secretariat.id, tags: ["form letter", "C5"], items: [ids[0], "no-such-id", ids[1]] });
    expect(results.map((r) => [r.contributionId, r.ok, r.code])).toEqual([
      [ids[0], true, undefined],
      ["no-such-id", false, "NOT_FOUND"],
      [ids[1], true, undefined],
    ]);
    for (const id of ids.slice(0, 2)) {
      const actions = (await db.auditEvent.findMany({ where: { contributionId: id, action: { in: ["contribution.assign", "contribution.tag"] } } })).map((e) => [e.action, e.data]);
      expect(actions).toEqual(expect.arrayContaining([["contribution.assign", { from: null, to: world.users.secretariat.id }], ["contribution.tag", { added: ["form letter", "C5"] }]]));
    }
    expect(showsInTimeline("contributor", "contribution.tag")).toBe(false);
    // Adding tags again adds only the missing ones (case-insensitively) and audits only those.
    expect(await addTags(s, { contributionId: ids[0], tags: ["c5", "urgent"] })).toEqual(["urgent"]);
  });

  it("filters the queue by tag and shows the tags", async () => {
    const s = await world.actor("secretariat");
    const page = await listQueue(s, parseQueueQuery({ tag: "form letter", sort: "title", dir: "asc" }));
    expect(page.rows.map((r) => [r.title, r.tags])).toEqual([
      ["Tag one", ["form letter", "C5", "urgent"]],
      ["Tag two", ["form letter", "C5"]],
    ]);
    expect((await listQueue(s, parseQueueQuery({ assignee: "none" }))).rows.map((r) => r.title)).toEqual(["Tag three"]);
  });

  it("keeps concurrent tag additions", async () => {
    const s = await world.actor("secretariat");
    await Promise.all(["a", "b", "c", "d"].map((tag) => addTags(s, { contributionId: ids[2], tags: [tag] })));
    expect((await db.contribution.findUniqueOrThrow({ where: { id: ids[2] } })).tags.sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("parses typed tags: commas (Arabic too), spaces, duplicates, limits", () => {
    expect(parseTags(" form  letter, C5 ،وسم, c5 ,")).toEqual({ tags: ["form letter", "C5", "وسم"] });
    expect(parseTags("x".repeat(41))).toEqual({ error: "tagTooLong:40" });
    expect(parseTags(Array.from({ length: 11 }, (_, i) => `t${i}`).join(","))).toEqual({ error: "tooManyTags:10" });
  });

  it("is refused to contributors, focal points and anonymous callers, and needs something to do", async () => {
    for (const key of ["contributor", "focalPoint", "etuFocal"] as const) {
      const actor = await world.actor(key);
      await expect(bulkTriage(actor, { tags: ["x"], items: [ids[0]] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addTags(actor, { contributionId: ids[0], tags: ["x"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(bulkTriage(ANONYMOUS, { tags: ["x"], items: [ids[0]] })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(addTags(ANONYMOUS, { contributionId: ids[0], tags: ["x"] })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(bulkTriage(await world.actor("secretariat"), { tags: [], items: [ids[0]] })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
