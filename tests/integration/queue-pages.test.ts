/**
 * Issue 12 item 13 (part): a deep page in the URL together with a filter showed "Page 1 of 1"
 * above "No contribution matches"; the page is clamped to the last one, with its rows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  for (let i = 0; i < 30; i++) await submitContribution(c, contributionInput(world, { title: `Queue item ${i}` }));
});

describe("queue pages", () => {
  it("clamps a page past the end to the last page, with its rows", async () => {
    const s = await world.actor("secretariat");
    const deep = await listQueue(s, parseQueueQuery({ page: "50", size: "25" }));
    expect(deep).toMatchObject({ page: 2, pageCount: 2, total: 30 });
    expect(deep.rows).toHaveLength(5);
    const filtered = await listQueue(s, parseQueueQuery({ page: "7", q: "item", status: "SUBMITTED" }));
    expect(filtered.page).toBe(filtered.pageCount);
    expect(filtered.rows.length).toBeGreaterThan(0);
  });
});
