/**
 * Issue 12 item 5: enrolment by invitation. A focal point adding a person sends them an
 * invitation they accept (no membership is verified without their consent); the answer is the
 * same whatever the address (new, existing, already a member, staff), so it reveals nothing;
 * the e-mail goes through the outbox in the recipient's language; audited; rate-limited.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { addContributor } from "@/lib/services/organisations/manage-members";
import { respondMembershipInvitation } from "@/lib/services/organisations/membership-invitations";
import { listPendingAffiliations } from "@/lib/services/organisations/list-affiliations";
import { verifyAffiliation } from "@/lib/services/organisations/verify-affiliation";
import { loadActor } from "@/lib/auth/load-actor";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const add = async (email: string, name = "New Person") => addContributor(await world.actor("focalPoint"), { organisationId: world.exa.id, email, name });

describe("a focal point adds a person: an invitation, accepted by the person", () => {
  it("sends an invitation (in the recipient's language), audited; nothing is verified until the person accepts", async () => {
    await add("nadia.new@example.org");
    // Nadia already had an account in Arabic: a second address below is new (the inviter's language).
    const user = await db.user.findUniqueOrThrow({ where: { email: "nadia.new@example.org" } });
    expect((await loadActor(user.id))?.memberships).toEqual([{ organisationId: world.exa.id, role: "CONTRIBUTOR", verified: false }]);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: "nadia.new@example.org" } });
    expect(mail.kind).toBe("organisationInvitation");
    expect(await db.auditEvent.count({ where: { action: "affiliation.invite", actorId: world.users.focalPoint.id } })).toBe(1);
    // Not a request for the secretariat: it is the person's to answer.
    expect((await listPendingAffiliations(await world.actor("secretariat"))).map((m) => m.user.email)).not.toContain("nadia.new@example.org");
    const m = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
    await expect(verifyAffiliation(await world.actor("secretariat"), { membershipId: m.id, decision: "verify", reason: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const person = (await loadActor(user.id))!;
    await respondMembershipInvitation(person, { membershipId: m.id, response: "accept" });
    expect((await loadActor(user.id))?.memberships).toEqual([{ organisationId: world.exa.id, role: "CONTRIBUTOR", verified: true }]);
    expect(await db.auditEvent.count({ where: { action: "affiliation.accept", actorId: user.id } })).toBe(1);
    // Answered once: a second answer finds nothing to answer.
    await expect(respondMembershipInvitation(person, { membershipId: m.id, response: "decline" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the e-mail is in the recipient's own language when they have an account", async () => {
    await add(world.users.otherOrg.email, "Nadia");
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: world.users.otherOrg.email, kind: "organisationInvitation" } });
    expect(mail.locale).toBe("ar");
  });

  it("the person may decline: no membership remains; nobody else can answer for them", async () => {
    await add("declines@example.org");
    const user = await db.user.findUniqueOrThrow({ where: { email: "declines@example.org" } });
    const m = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
    await expect(respondMembershipInvitation(await world.actor("focalPoint"), { membershipId: m.id, response: "accept" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await respondMembershipInvitation((await loadActor(user.id))!, { membershipId: m.id, response: "decline" });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers the same whatever the address: new, existing, already a member, secretariat, admin", async () => {
    const answers = [];
    for (const email of ["brand.new@example.org", world.users.outsider.email, world.users.contributor.email, world.users.secretariat.email, world.users.admin.email]) {
      answers.push(await add(email).then((r) => ({ ok: true, r }), (e) => ({ ok: false, code: e.code })));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].ok).toBe(true);
    // Staff never join a delegation, and an existing member is not invited again.
    expect(await db.membership.count({ where: { userId: { in: [world.users.secretariat.id, world.users.admin.id] } } })).toBe(0);
    expect(await db.outboundEmail.count({ where: { to: { in: [world.users.secretariat.email, world.users.admin.email, world.users.contributor.email] } } })).toBe(0);
  });

  it("is rate-limited per focal point like other invitations", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 22; i++) outcomes.push(await add(`p${i}@example.org`).then(() => "ok", (e) => e.code));
    expect(outcomes.slice(0, 20).every((o) => o === "ok")).toBe(true);
    expect(outcomes.slice(20)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
  });
});
