/**
 * getActor() reads next-auth's database session itself, with the person and their memberships in
 * one statement (lib/auth/load-actor.ts loadActorBySessionToken, issue 11). It must answer exactly
 * what next-auth's session lookup followed by loadActor() answered.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { loadActor, loadActorBySessionToken, SESSION_MAX_AGE_S } from "@/lib/auth/load-actor";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const DAY = 24 * 60 * 60 * 1000;
async function session(userId: string, expiresInMs: number) {
  const token = `token-${Math.random().toString(36).slice(2)}`;
  await db.session.create({ data: { sessionToken: token, userId, expires: new Date(Date.now() + expiresInMs) } });
  return token;
}

describe("the actor of a session cookie", () => {
  it("is the person with their role and memberships, as loadActor builds them", async () => {
    for (const key of ["contributor", "focalPoint", "secretariat", "otherOrg"] as const) {
      const token = await session(world.users[key].id, 10 * DAY);
      expect(await loadActorBySessionToken(token)).toEqual(await loadActor(world.users[key].id));
    }
  });

  it("is nobody for an unknown or expired session, or a deactivated or deleted person", async () => {
    expect(await loadActorBySessionToken("no-such-token")).toBeNull();
    expect(await loadActorBySessionToken(await session(world.users.contributor.id, -1000))).toBeNull();
    const token = await session(world.users.contributor.id, 10 * DAY);
    await db.user.update({ where: { id: world.users.contributor.id }, data: { deactivatedAt: new Date() } });
    expect(await loadActorBySessionToken(token)).toBeNull();
    const other = await session(world.users.focalPoint.id, 10 * DAY);
    await db.user.update({ where: { id: world.users.focalPoint.id }, data: { deletedAt: new Date() } });
    expect(await loadActorBySessionToken(other)).toBeNull();
  });

  it("extends the session as next-auth does: once it is a day old, to 30 days from now", async () => {
    const fresh = await session(world.users.contributor.id, SESSION_MAX_AGE_S * 1000 - 60_000); // a minute old
    const before = (await db.session.findUniqueOrThrow({ where: { sessionToken: fresh } })).expires;
    await loadActorBySessionToken(fresh);
    expect((await db.session.findUniqueOrThrow({ where: { sessionToken: fresh } })).expires).toEqual(before);

    const old = await session(world.users.contributor.id, 3 * DAY); // 27 days old
    await loadActorBySessionToken(old);
    const extended = (await db.session.findUniqueOrThrow({ where: { sessionToken: old } })).expires.getTime();
    expect(Math.abs(extended - (Date.now() + SESSION_MAX_AGE_S * 1000))).toBeLessThan(60_000);
  });
});
