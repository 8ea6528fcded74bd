import { beforeEach, describe, expect, it } from "vitest";
import { personalData } from "@/lib/services/account/personal-data";
import { personalDataResponse } from "@/lib/services/account/personal-data-response";
import { deleteAccount } from "@/lib/services/account/delete-account";
import { listAuditEvents } from "@/lib/services/admin/audit-log";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { addContributor } from "@/lib/services/organisations/manage-members";
import { parseAuditQuery } from "@/lib/schemas/admin";
import { loadActor } from "@/lib/auth/load-actor";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { authOptions } from "@/lib/auth/options";
import { personLabel } from "@/lib/people/person-label";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("a person's own data", () => {
  it("downloads profile, memberships, authored contributions, events by or about them and e-mails to them, and nobody else's", async () => {
    const submitted = await submitContribution(await world.actor("contributor"), contributionInput(world));
    await submitContribution(await world.actor("focalPoint"), contributionInput(world, { title: "Someone else's" }));
    const data = await personalData(await world.actor("contributor"));
    expect(data.profile).toMatchObject({ email: "c@example.org", name: "Casey", role: "USER" });
    expect(data.memberships).toEqual([expect.objectContaining({ role: "CONTRIBUTOR", organisation: { name: world.exa.name, shortCode: "EXA" } })]);
    expect(data.contributions.map((c) => c.referenceNumber)).toEqual([submitted.referenceNumber]);
    expect(data.auditEvents.map((e) => [e.action, e.byYou])).toEqual([["contribution.create", true], ["contribution.submit", true]]);
    expect(data.emails.map((e) => e.kind)).toEqual(["receipt"]);
    expect(JSON.stringify(data)).not.toContain("fp@example.org");
    expect(await db.auditEvent.count({ where: { action: "user.exportData", subjectUserId: world.users.contributor.id } })).toBe(1);
  });

  it("the download route answers 401 to anonymous callers and a JSON attachment otherwise", async () => {
    expect((await personalDataResponse(ANONYMOUS)).status).toBe(401);
    const res = await personalDataResponse(await world.actor("outsider"));
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(JSON.parse(await res.text()).profile.email).toBe("o@example.org");
  });
});

describe("deleting one's account", () => {
  it("removes name and e-mail everywhere they show, keeps the contributions with the organisation, ends the sessions", async () => {
    const casey = await world.actor("contributor");
    const c = await submitContribution(casey, contributionInput(world));
    await addContributor(await world.actor("focalPoint"), { organisationId: world.exa.id, email: "new.person@example.org", name: "New Person" });
    const newPerson = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.org" } });
    await db.session.create({ data: { userId: newPerson.id, sessionToken: "s1", expires: new Date(Date.now() + 86_400_000) } });
    const newActor = (await loadActor(newPerson.id))!;

    await expect(deleteAccount(newActor, { confirmEmail: "someone@example.org" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { confirmEmail: ["confirmEmail"] } });
    await deleteAccount(newActor, { confirmEmail: " New.Person@example.org " });

    const gone = await db.user.findUniqueOrThrow({ where: { id: newPerson.id } });
    expect(gone).toMatchObject({ name: null, email: `deleted-${newPerson.id}@deleted.invalid` });
    expect(gone.deletedAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: newPerson.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: newPerson.id } })).toBe(0);
    expect(await loadActor(newPerson.id)).toBeNull();
    // Nothing left in the database names them.
    const everything = JSON.stringify([await db.auditEvent.findMany(), await db.outboundEmail.findMany(), await db.user.findMany()]);
    expect(everything).not.toContain("new.person@example.org");
    expect(everything).not.toContain("New Person");
    // The deletion is audited, without personal data.
    const deletion = await db.auditEvent.findFirstOrThrow({ where: { action: "user.delete" } });
    expect(deletion).toMatchObject({ actorId: newPerson.id, subjectUserId: newPerson.id, data: null });
    // The admin's audit log shows a deleted account.
    const rows = (await listAuditEvents(await world.actor("admin"), parseAuditQuery({ action: "user.delete" }))).rows;
    expect(personLabel(rows[0].actor)).toEqual({ kind: "deleted", name: "", email: "" });
    // Signing in again with the same address makes a new person (the old row is not found by it).
    expect(await db.user.findUnique({ where: { email: "new.person@example.org" } })).toBeNull();

    // The author of a submitted contribution deletes their account: it stays with EXA, and a later
    // decision's e-mail to them is recorded but never delivered.
    await deleteAccount(await world.actor("contributor"), { confirmEmail: "c@example.org" });
    const kept = await db.contribution.findUniqueOrThrow({ where: { id: c.id } });
    expect(kept).toMatchObject({ organisationId: world.exa.id, status: "SUBMITTED", createdById: world.users.contributor.id });
    await decideContribution(await world.actor("secretariat"), { contributionId: c.id, decision: "reject", expectedStatus: "SUBMITTED", reason: "Out of scope." });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { kind: { not: "receipt" }, contributionId: c.id } });
    expect(mail).toMatchObject({ status: "FAILED", text: "" });
    expect(mail.to).toMatch(/@deleted\.invalid$/);
  });

  it("a deleted account cannot sign in through a leftover link or an identity provider", async () => {
    await deleteAccount(await world.actor("outsider"), { confirmEmail: "o@example.org" });
    const row = await db.user.findUniqueOrThrow({ where: { id: world.users.outsider.id } });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(await authOptions.callbacks!.signIn!({ user: row, account: null } as any)).toBe(false);
  });

  it("the last active admin cannot delete their account; with another admin they can", async () => {
    await expect(deleteAccount(await world.actor("admin"), { confirmEmail: "a@example.org" })).rejects.toMatchObject({ code: "LAST_ADMIN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } })).deletedAt).toBeNull();
    await db.user.update({ where: { id: world.users.secretariat.id }, data: { role: "ADMIN" } });
    await deleteAccount(await world.actor("admin"), { confirmEmail: "a@example.org" });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } })).role).toBe("USER");
  });

  it("anonymous callers are refused", async () => {
    await expect(deleteAccount(ANONYMOUS, { confirmEmail: "a@example.org" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(personalData(ANONYMOUS)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
