import { beforeEach, describe, expect, it } from "vitest";
import { deactivateUser, reactivateUser, setUserRole } from "@/lib/services/admin/users";
import { loadAdminUserView, loadAdminUsersView } from "@/lib/loaders/admin-users-view";
import { loadActor } from "@/lib/auth/load-actor";
import { authOptions } from "@/lib/auth/options";
import { upsertUser } from "@/prisma/factories";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { nonAdminActors } from "../support/roles";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const session = (userId: string) => db.session.create({ data: { userId, sessionToken: `tok-${userId}-${Math.random()}`, expires: new Date(Date.now() + 86_400_000) } });

describe("roles", () => {
  it("an admin grants and revokes the secretariat role; each change is audited about the person", async () => {
    const admin = await world.actor("admin");
    await setUserRole(admin, { userId: world.users.outsider.id, from: "USER", to: "SECRETARIAT" });
    expect((await loadActor(world.users.outsider.id))!.role).toBe("SECRETARIAT");
    await setUserRole(admin, { userId: world.users.outsider.id, from: "SECRETARIAT", to: "USER" });
    expect((await loadActor(world.users.outsider.id))!.role).toBe("USER");
    const events = await db.auditEvent.findMany({ where: { action: "user.role" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorId, e.subjectUserId, e.data])).toEqual([
      [world.users.admin.id, world.users.outsider.id, { from: "USER", to: "SECRETARIAT" }],
      [world.users.admin.id, world.users.outsider.id, { from: "SECRETARIAT", to: "USER" }],
    ]);
  });

  it("refuses a change of one's own role, and a change from a role the person no longer has", async () => {
    const admin = await world.actor("admin");
    await expect(setUserRole(admin, { userId: world.users.admin.id, from: "ADMIN", to: "USER" })).rejects.toMatchObject({ code: "SELF_ACTION" });
    await expect(setUserRole(admin, { userId: world.users.secretariat.id, from: "USER", to: "ADMIN" })).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.secretariat.id } })).role).toBe("SECRETARIAT");
    await expect(setUserRole(admin, { userId: "nobody", from: "USER", to: "ADMIN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("an admin demoted meanwhile can no longer change anyone (re-checked inside the transaction)", async () => {
    const second = await upsertUser(db, { email: "a2@example.org", name: "Ade", role: "ADMIN" });
    const secondActor = (await loadActor(second.id))!;
    await setUserRole(await world.actor("admin"), { userId: second.id, from: "ADMIN", to: "USER" });
    // secondActor was loaded while still an admin: the service checks the database again.
    await expect(setUserRole(secondActor, { userId: world.users.admin.id, from: "ADMIN", to: "USER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deactivateUser(secondActor, { userId: world.users.admin.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } })).role).toBe("ADMIN");
  });

  it("two admins demoting each other at once: one wins, the portal keeps an admin", async () => {
    const second = await upsertUser(db, { email: "a2@example.org", name: "Ade", role: "ADMIN" });
    const a = await world.actor("admin");
    const b = (await loadActor(second.id))!;
    const results = await Promise.allSettled([
      setUserRole(a, { userId: second.id, from: "ADMIN", to: "USER" }),
      setUserRole(b, { userId: world.users.admin.id, from: "ADMIN", to: "USER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("deactivation", () => {
  it("ends the person's sessions at once, refuses their sign-in, sends them no link; reactivation lets them in again", async () => {
    await session(world.users.contributor.id);
    await session(world.users.contributor.id);
    await db.verificationToken.create({ data: { identifier: "c@example.org", token: "pending-link", expires: new Date(Date.now() + 60_000) } });
    const admin = await world.actor("admin");
    expect(await deactivateUser(admin, { userId: world.users.contributor.id })).toEqual({ sessionsEnded: 2 });
    expect(await db.session.count({ where: { userId: world.users.contributor.id } })).toBe(0);
    expect(await db.verificationToken.count()).toBe(0);
    expect(await loadActor(world.users.contributor.id)).toBeNull();

    const signIn = authOptions.callbacks!.signIn!;
    const user = await db.user.findUniqueOrThrow({ where: { id: world.users.contributor.id } });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const args = { user, account: null, profile: undefined, email: undefined, credentials: undefined } as any;
    expect(await signIn(args)).toBe(false);
    // Through an identity provider the profile carries the provider's id, not ours: the e-mail bars it.
    expect(await signIn({ ...args, user: { id: "oidc-sub-1", email: "C@example.org" } })).toBe(false);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const email = (authOptions.providers[0] as any).options;
    await email.sendVerificationRequest({ identifier: "c@example.org", url: "http://localhost:3000/api/auth/callback/email?token=x" });
    expect(await db.outboundEmail.count({ where: { to: "c@example.org" } })).toBe(0);

    await expect(deactivateUser(admin, { userId: world.users.contributor.id })).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    await reactivateUser(admin, { userId: world.users.contributor.id });
    expect(await loadActor(world.users.contributor.id)).not.toBeNull();
    expect(await signIn(args)).toBe(true);
    expect((await db.auditEvent.findMany({ where: { subjectUserId: world.users.contributor.id }, orderBy: { at: "asc" } })).map((e) => e.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("nobody deactivates themselves", async () => {
    await expect(deactivateUser(await world.actor("admin"), { userId: world.users.admin.id })).rejects.toMatchObject({ code: "SELF_ACTION" });
  });
});

describe("the people screens", () => {
  it("list everyone but deleted accounts, filter by text, role and state, and page by e-mail", async () => {
    const admin = await world.actor("admin");
    const all = await loadAdminUsersView(admin, {});
    expect(all.rows.map((r) => r.email)).toEqual(["a@example.org", "ar@example.org", "c@example.org", "etu.fp@example.org", "fp@example.org", "o@example.org", "s@example.org", "u@example.org"]);
    expect((await loadAdminUsersView(admin, { q: "FARAH" })).rows.map((r) => r.email)).toEqual(["fp@example.org"]);
    expect((await loadAdminUsersView(admin, { role: "SECRETARIAT" })).rows.map((r) => r.email)).toEqual(["s@example.org"]);
    await deactivateUser(admin, { userId: world.users.outsider.id });
    expect((await loadAdminUsersView(admin, { state: "deactivated" })).rows.map((r) => r.email)).toEqual(["o@example.org"]);
    expect((await loadAdminUsersView(admin, { after: "etu.fp@example.org" })).rows[0].email).toBe("fp@example.org");
    const screen = (await loadAdminUserView(admin, world.users.outsider.id))!;
    expect(screen.may).toEqual({ changeRole: true, deactivate: false, reactivate: true });
    expect(screen.events.map((e) => e.action)).toEqual(["user.deactivate"]);
    expect((await loadAdminUserView(admin, world.users.admin.id))!.may).toEqual({ changeRole: false, deactivate: false, reactivate: false });
  });
});

describe("refusals", () => {
  it("every non-admin caller is refused by every people service and loader, and nothing changes", async () => {
    for (const [who, actor] of await nonAdminActors(world)) {
      const code = who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      const target = { userId: world.users.outsider.id };
      await expect(setUserRole(actor, { ...target, from: "USER", to: "ADMIN" }), who).rejects.toMatchObject({ code });
      await expect(deactivateUser(actor, target), who).rejects.toMatchObject({ code });
      await expect(reactivateUser(actor, target), who).rejects.toMatchObject({ code });
      await expect(loadAdminUsersView(actor, {}), who).rejects.toMatchObject({ code });
      await expect(loadAdminUserView(actor, target.userId), who).rejects.toMatchObject({ code });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.outsider.id } })).role).toBe("USER");
    expect(await db.auditEvent.count()).toBe(0);
  });
});
