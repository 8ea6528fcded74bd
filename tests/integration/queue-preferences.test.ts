import { beforeAll, describe, expect, it } from "vitest";
import { getQueuePreferences, saveQueuePreferences } from "@/lib/services/preferences/queue-preferences";
import { readQueuePreferences } from "@/lib/schemas/queue-preferences";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("queue column choice and density per user", () => {
  it("stores each person's view server-side, known values only", async () => {
    const s = await world.actor("secretariat");
    expect(await getQueuePreferences(s)).toEqual({ hidden: [], density: "comfortable" });
    await saveQueuePreferences(s, { hidden: ["tagList", "language", "title", "bogus"], density: "compact" });
    expect(await getQueuePreferences(s)).toEqual({ hidden: ["language", "tagList"], density: "compact" });
    // Another member's view is their own.
    expect(await getQueuePreferences(await world.actor("admin"))).toEqual({ hidden: [], density: "comfortable" });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.secretariat.id } })).queuePreferences).toEqual({ hidden: ["language", "tagList"], density: "compact" });
  });

  it("reads damaged stored values as defaults", () => {
    expect(readQueuePreferences("nonsense")).toEqual({ hidden: [], density: "comfortable" });
    expect(readQueuePreferences({ hidden: "tagList", density: "tiny" })).toEqual({ hidden: [], density: "comfortable" });
  });

  it("is refused to contributors, focal points and anonymous callers", async () => {
    for (const key of ["contributor", "focalPoint", "outsider"] as const) {
      await expect(saveQueuePreferences(await world.actor(key), { hidden: [], density: "compact" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getQueuePreferences(await world.actor(key))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(saveQueuePreferences(ANONYMOUS, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
