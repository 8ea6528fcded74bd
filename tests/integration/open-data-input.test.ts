/**
 * Issue 12 items 16 and 20: the open-data API answers 400 with a message for a cursor that holds
 * impossible values and for a search text the page refuses (it used to answer 500, or drop an
 * over-long q and list everything); a search of only very common words says so.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as contributions } from "@/app/api/v1/contributions/route";
import { GET as csv } from "@/app/api/v1/contributions.csv/route";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import en from "@/messages/en.json";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const get = (query: string) => contributions(new Request(`http://localhost/api/v1/contributions?${query}`));

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  for (const title of ["Broadband for rural schools", "Cybersecurity capacity"]) {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title }));
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  }
});

describe("open-data API input", () => {
  it("answers 400 with a message for cursors with impossible values", async () => {
    for (const bad of [
      cursorOf(["-271821-04-20T00:00:00.000Z", "abc"]), // a date PostgreSQL cannot hold
      cursorOf(["+275760-09-13T00:00:00.000Z", "abc"]),
      cursorOf(["2026-02-30T00:00:00.000Z", "abc"]), // no such day
      cursorOf(["2026-01-01T00:00:00.000Z", "a\u0000b"]), // NUL
      cursorOf(["2026-01-01T00:00:00.000Z", "\uD800"]), // lone surrogate
      cursorOf(["2026-01-01T00:00:00.000Z", "a\u0007"]),
      cursorOf(["2026-01-01T00:00:00.000Z", 5]),
      cursorOf({ at: 1 }),
      "%%%",
      "bm90IGpzb24",
    ]) {
      const r = await get(`cursor=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect((await r.json()).error).toMatch(/cursor/);
    }
    const ok = await get("limit=1");
    const { nextCursor } = await ok.json();
    expect((await get(`limit=1&cursor=${nextCursor}`)).status).toBe(200);
  });

  it("answers 400 with the page's message to an over-long or malformed q, JSON and CSV alike", async () => {
    for (const q of ["x".repeat(201), "a\u0001b"]) {
      const r = await get(`q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ error: en.search.invalidQuery });
      const c = await csv(new Request(`http://localhost/api/v1/contributions.csv?q=${encodeURIComponent(q)}`));
      expect(c.status).toBe(400);
    }
    expect((await get(`q=${"x".repeat(200)}`)).status).toBe(200);
  });

  it("says when a search has only very common words", async () => {
    const r = await (await get("q=the%20and%20of")).json();
    expect(r.data).toEqual([]);
    expect(r.notice).toBe(en.search.commonWordsOnly);
    expect((await (await get("q=broadband")).json()).notice).toBeUndefined();
    expect((await (await get("q=nomatchatall")).json()).notice).toBeUndefined();
  });
});
