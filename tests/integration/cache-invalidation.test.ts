/**
 * The public list's facet-count cache is forgotten on every app server when a contribution is
 * published (lib/cache/invalidation.ts, PostgreSQL LISTEN/NOTIFY). "Another server" here is a
 * separate PostgreSQL session that publishes behind this process's back and sends the NOTIFY.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { CHANNEL, listenForInvalidations, onInvalidation, type Listener } from "@/lib/cache/invalidation";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let listener: Listener;
const total = async () => (await searchPublished(parsePublicSearch({}))).total;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  listener = listenForInvalidations(process.env.DATABASE_URL!);
  await listener.ready;
});
afterAll(() => listener.stop());

async function submitted(title: string) {
  return (await submitContribution(await world.actor("contributor"), contributionInput(world, { title }))).id;
}

describe("cache invalidation across app servers", () => {
  it("forgets the cached list counts when another server publishes and announces it", { timeout: 30_000 }, async () => {
    const first = await submitted("Published here");
    let announced = 0;
    onInvalidation("published-list", () => announced++);
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: first, expectedStatus: "SUBMITTED", reason: "" });
    // Forgotten here at once, and again when this server's own NOTIFY comes back.
    const until = Date.now() + 5_000;
    while (announced < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(announced).toBe(2);
    expect(await total()).toBe(1); // counted, and now cached

    // Another server accepts one: this process does not know, its cached counts stay.
    const second = await submitted("Published elsewhere");
    await db.contribution.update({ where: { id: second }, data: { status: "ACCEPTED", documentNumber: "CWG-WSIS&SDG/WSIS20/99", decidedAt: new Date(), publishedAt: new Date() } });
    expect(await total()).toBe(1);

    // …and announces it, as decideContribution does.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query("SELECT pg_notify($1, 'published-list')", [CHANNEL]);
    await other.end();
    const deadline = Date.now() + 5_000;
    while ((await total()) !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await total()).toBe(2);
  });
});
