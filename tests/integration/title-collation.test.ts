/**
 * Issue 12 item 19: sorting by title followed code points (the database's C.UTF-8 collation):
 * every capital before any lower-case letter, accented letters after "z". The queue sorts titles
 * with the ICU root collation of the embedded PostgreSQL (which has ICU).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const TITLES = ["banana policy", "Apple policy", "Éducation numérique", "cherry policy", "Zebra crossing", "eGovernment"];
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  for (const title of TITLES) await submitContribution(await world.actor("contributor"), contributionInput(world, { title }));
});

describe("title order", () => {
  it("has ICU collations in the database", async () => {
    const rows = await db.$queryRaw<{ collname: string }[]>`SELECT collname::text FROM pg_collation WHERE collprovider = 'i' AND collname = 'und-x-icu'`;
    expect(rows).toHaveLength(1);
  });

  it("sorts the queue by title as people read, not by code point", async () => {
    const page = await listQueue(await world.actor("secretariat"), parseQueueQuery({ sort: "title", dir: "asc" }));
    expect(page.rows.map((r) => r.title)).toEqual(["Apple policy", "banana policy", "cherry policy", "Éducation numérique", "eGovernment", "Zebra crossing"]);
  });
});
