/**
 * Issue 12 item 3: staff never act for a delegation, and nobody verifies or decides their own
 * request or submission. Before the fix a secretariat account asked to join a delegation, had
 * the request verified (by itself), submitted in its name and accepted its own submission.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { requestAffiliation } from "@/lib/services/organisations/request-affiliation";
import { verifyAffiliation } from "@/lib/services/organisations/verify-affiliation";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { loadActor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { upsertUser } from "@/prisma/factories";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("separation of duties", () => {
  it("refuses staff's requests to join a delegation", async () => {
    for (const who of ["secretariat", "admin"] as const) {
      await expect(requestAffiliation(await world.actor(who), { kind: "existing", organisationId: world.exa.id, personName: "Sam" })).rejects.toMatchObject({ code: "STAFF_NOT_DELEGATE" });
    }
    expect(await db.membership.count({ where: { userId: world.users.secretariat.id } })).toBe(0);
  });

  it("gives a staff member's membership no delegation rights: no draft, no submission", async () => {
    // A membership made before the person became staff (or written by hand) grants nothing.
    await db.membership.create({ data: { userId: world.users.secretariat.id, organisationId: world.exa.id, role: "FOCAL_POINT", verifiedAt: new Date() } });
    const s = await world.actor("secretariat");
    expect(can(s, "contribution.create", { organisationId: world.exa.id })).toBe(false);
    expect(can(s, "cosponsor.confirm", { organisationId: world.exa.id })).toBe(false);
    await expect(submitContribution(s, contributionInput(world))).rejects.toMatchObject({ code: "STAFF_NOT_DELEGATE" });
  });

  it("refuses to let anyone verify their own affiliation request", async () => {
    // A person asked to join, then was made secretariat before anyone verified the request.
    const person = await upsertUser(db, { email: "later.staff@example.org", name: "Lee" });
    await requestAffiliation((await loadActor(person.id))!, { kind: "existing", organisationId: world.exa.id, personName: "Lee" });
    await db.user.update({ where: { id: person.id }, data: { role: "SECRETARIAT" } });
    const m = await db.membership.findFirstOrThrow({ where: { userId: person.id } });
    await expect(verifyAffiliation((await loadActor(person.id))!, { membershipId: m.id, decision: "verify" })).rejects.toMatchObject({ code: "OWN_CASE" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: m.id } })).verifiedAt).toBeNull();
    // Another member of the secretariat may.
    await expect(verifyAffiliation(await world.actor("secretariat"), { membershipId: m.id, decision: "verify" })).resolves.toMatchObject({ decision: "verify" });
  });

  it("refuses to let anyone decide their own submission, or their delegation's", async () => {
    const c = await submitContribution(await world.actor("contributor"), contributionInput(world));
    // The author is made secretariat: they may not decide what they wrote.
    await db.user.update({ where: { id: world.users.contributor.id }, data: { role: "SECRETARIAT" } });
    await expect(decideContribution(await world.actor("contributor"), { decision: "accept", contributionId: c.id, expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "OWN_CASE" });
    // Nor may a colleague of the author's delegation who became staff.
    await db.user.update({ where: { id: world.users.focalPoint.id }, data: { role: "ADMIN" } });
    await expect(decideContribution(await world.actor("focalPoint"), { decision: "startReview", contributionId: c.id, expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "OWN_CASE" });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("SUBMITTED");
    await expect(decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: c.id, expectedStatus: "SUBMITTED", reason: "" })).resolves.toMatchObject({ status: "ACCEPTED" });
  });
});
