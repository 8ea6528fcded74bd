/**
 * Issue 12 item 13 (part): a deep page in the URL together with a filter showed "Page 1 of 1"
 * above "No contribution matches"; the page is clamped to the last one, with its rows. And a page
 * read after new submissions arrived repeated rows of the previous page and never showed the new
 * ones: the pages of one reading hold still (`asof`, the time the first page was read) and the
 * person is told how many arrived since.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { countArrivedSince, listQueue } from "@/lib/services/contributions/list-queue";
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

  it("keeps the pages of one reading still when new contributions arrive, and counts the new ones", async () => {
    const s = await world.actor("secretariat");
    const first = await listQueue(s, parseQueueQuery({ page: "1", size: "25" }));
    const asof = first.asOf;
    // Three contributions arrive while the person reads the first page.
    const c = await world.actor("contributor");
    for (let i = 0; i < 3; i++) await submitContribution(c, contributionInput(world, { title: `Arrived later ${i}` }));
    const second = await listQueue(s, parseQueueQuery({ page: "2", size: "25", asof }));
    const seen = new Set(first.rows.map((r) => r.id));
    expect(second.rows.filter((r) => seen.has(r.id))).toEqual([]);
    expect(second.rows.some((r) => r.title.startsWith("Arrived later"))).toBe(false);
    expect(second.total).toBe(first.total);
    expect(second.asOf).toBe(asof);
    expect(await countArrivedSince(s, parseQueueQuery({ asof }))).toBe(3);
    // A fresh reading (no asof) shows them first.
    const fresh = await listQueue(s, parseQueueQuery({ page: "1", size: "25" }));
    expect(fresh.rows.slice(0, 3).map((r) => r.title).sort()).toEqual(["Arrived later 0", "Arrived later 1", "Arrived later 2"]);
    // A malformed asof is ignored (the lenient queue URL), never an error.
    expect((await listQueue(s, parseQueueQuery({ asof: "yesterday" }))).total).toBe(fresh.total);
  });
});
