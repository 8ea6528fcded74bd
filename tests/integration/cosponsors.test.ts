import { beforeEach, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { withdrawCoSponsor } from "@/lib/services/cosponsors/withdraw-invitation";
import { listCoSponsors, listInvitations } from "@/lib/services/cosponsors/list-cosponsors";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let contributionId: string;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  contributionId = (await submitContribution(await world.actor("contributor"), contributionInput(world))).id;
  await db.outboundEmail.deleteMany();
});

describe("co-sponsors", () => {
  it("invites an organisation: its focal points are e-mailed in their language and can see the contribution", async () => {
    await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.etu.id });
    const mails = await db.outboundEmail.findMany();
    expect(mails.map((m) => [m.to, m.locale, m.kind])).toEqual([["etu.fp@example.org", "ar", "cosponsorInvitation"]]);
    expect(mails[0].text).toContain("/ar/cosponsorships");
    expect((await getContribution(await world.actor("etuFocal"), contributionId))?.id).toBe(contributionId);
    // A plain contributor of the invited organisation is not its focal point: nothing to see.
    expect(await getContribution(await world.actor("otherOrg"), contributionId)).toBeNull();
    expect((await listInvitations(await world.actor("etuFocal"))).map((i) => i.status)).toEqual(["INVITED"]);
  });

  it("lets only a focal point of the invited organisation answer, once; the inviter is told", async () => {
    const invitation = await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.etu.id });
    await expect(respondCoSponsorship(await world.actor("otherOrg"), { coSponsorId: invitation.id, response: "CONFIRMED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(respondCoSponsorship(await world.actor("focalPoint"), { coSponsorId: invitation.id, response: "CONFIRMED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "CONFIRMED" })).resolves.toEqual({ status: "CONFIRMED" });
    await expect(respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "DECLINED" })).rejects.toMatchObject({ code: "CONFLICT", params: { status: "CONFIRMED" } });
    const told = await db.outboundEmail.findFirstOrThrow({ where: { kind: "cosponsorResponse" } });
    expect(told.to).toBe("c@example.org");
    expect(told.subject).toContain("confirmed");
    expect(await db.auditEvent.count({ where: { contributionId, action: { startsWith: "cosponsor." } } })).toBe(2);
  });

  it("shows the public confirmed co-sponsors only, once published", async () => {
    const etu = await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.etu.id });
    const third = await db.organisation.create({ data: { name: "Third Example Org", shortCode: "TEO", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY", verified: true } });
    await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: third.id });
    await respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: etu.id, response: "CONFIRMED" });
    expect(await listCoSponsors(ANONYMOUS, contributionId, { confirmedOnly: true })).toEqual([]);
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId, expectedStatus: "SUBMITTED", reason: "" });
    expect((await listCoSponsors(ANONYMOUS, contributionId, { confirmedOnly: true })).map((c) => c.organisation.name)).toEqual(["Example Telecommunications Union"]);
    expect((await listCoSponsors(await world.actor("contributor"), contributionId)).map((c) => c.status)).toEqual(["CONFIRMED", "INVITED"]);
  });

  it("locks the list at the deadline and after a decision", async () => {
    const invitation = await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.etu.id });
    const late = new Date(world.consultation.closesAt.getTime() + 1);
    await expect(respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "CONFIRMED" }, late)).rejects.toMatchObject({ code: "COSPONSORS_CLOSED" });
    await expect(withdrawCoSponsor(await world.actor("contributor"), { coSponsorId: invitation.id }, late)).rejects.toMatchObject({ code: "COSPONSORS_CLOSED" });
    await decideContribution(await world.actor("secretariat"), { decision: "reject", contributionId, expectedStatus: "SUBMITTED", reason: "No." });
    await expect(respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "CONFIRMED" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await db.coSponsor.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("INVITED");
  });

  it("refuses invitations by others, of the lead itself, of unknown organisations, and twice", async () => {
    await expect(inviteCoSponsor(await world.actor("otherOrg"), { contributionId, organisationId: world.etu.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteCoSponsor(await world.actor("secretariat"), { contributionId, organisationId: world.etu.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.exa.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.etu.id });
    await expect(inviteCoSponsor(await world.actor("focalPoint"), { contributionId, organisationId: world.etu.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.coSponsor.count()).toBe(1);
  });

  it("withdrawing an invitation hides the contribution from the invited focal point again", async () => {
    const invitation = await inviteCoSponsor(await world.actor("contributor"), { contributionId, organisationId: world.etu.id });
    await withdrawCoSponsor(await world.actor("focalPoint"), { coSponsorId: invitation.id });
    expect(await getContribution(await world.actor("etuFocal"), contributionId)).toBeNull();
    await expect(respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "CONFIRMED" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
