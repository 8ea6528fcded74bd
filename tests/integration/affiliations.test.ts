import { beforeEach, describe, expect, it } from "vitest";
import { requestAffiliation } from "@/lib/services/organisations/request-affiliation";
import { verifyAffiliation } from "@/lib/services/organisations/verify-affiliation";
import { addContributor, listMembers, removeContributor } from "@/lib/services/organisations/manage-members";
import { respondMembershipInvitation } from "@/lib/services/organisations/membership-invitations";
import { listPendingAffiliations } from "@/lib/services/organisations/list-affiliations";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { loadActor } from "@/lib/auth/load-actor";
import { ZAffiliationRequest } from "@/lib/schemas/affiliation";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const newOrg = (shortCode = "NEW") =>
  ZAffiliationRequest.parse({
    kind: "new",
    personName: "Lina Example",
    organisation: { name: "New Example Institute", shortCode, membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY", country: "ke", ituRegion: "D" },
  });

describe("affiliation requests and verification", () => {
  it("an outsider asks to join; cannot submit until the secretariat verifies; then can, and was told", async () => {
    const outsider = await world.actor("outsider");
    await requestAffiliation(outsider, ZAffiliationRequest.parse({ kind: "existing", personName: "Olu Example", organisationId: world.exa.id }));
    await expect(requestAffiliation(outsider, ZAffiliationRequest.parse({ kind: "existing", personName: "Olu", organisationId: world.exa.id }))).rejects.toMatchObject({ code: "CONFLICT", params: { status: "PENDING" } });
    await expect(submitContribution((await loadActor(world.users.outsider.id))!, contributionInput(world))).rejects.toMatchObject({ code: "NOT_AFFILIATED" });
    const pending = await listPendingAffiliations(await world.actor("secretariat"));
    const mine = pending.find((p) => p.user.email === "o@example.org")!;
    expect(mine.user.name).toBe("Olu Example");
    await verifyAffiliation(await world.actor("secretariat"), { membershipId: mine.id, decision: "verify" });
    await expect(submitContribution((await loadActor(world.users.outsider.id))!, contributionInput(world))).resolves.toMatchObject({ referenceNumber: "WSIS20-C-0001" });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { kind: "affiliationVerified" } });
    expect(mail.to).toBe("o@example.org");
    await expect(verifyAffiliation(await world.actor("secretariat"), { membershipId: mine.id, decision: "verify" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a proposed organisation is created unverified with its proposer as focal point, verified with them", async () => {
    const outsider = await world.actor("outsider");
    const { organisationId } = await requestAffiliation(outsider, newOrg());
    const org = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, include: { memberships: true } });
    expect(org).toMatchObject({ verified: false, shortCode: "NEW", country: "KE", ituRegion: "D" });
    expect(org.memberships[0]).toMatchObject({ role: "FOCAL_POINT", verifiedAt: null });
    await verifyAffiliation(await world.actor("admin"), { membershipId: org.memberships[0].id, decision: "verify" });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).verified).toBe(true);
  });

  it("refuses a short code already in use, an unknown country, and an unverified organisation to join", async () => {
    await expect(requestAffiliation(await world.actor("outsider"), newOrg("EXA"))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { "organisation.shortCode": ["shortCodeTaken"] } });
    const proposal = newOrg() as Extract<ReturnType<typeof newOrg>, { kind: "new" }>;
    expect(ZAffiliationRequest.safeParse({ ...proposal, organisation: { ...proposal.organisation, country: "XQ" } }).success).toBe(false);
    const { organisationId } = await requestAffiliation(await world.actor("outsider"), newOrg());
    await expect(requestAffiliation(await world.actor("admin"), ZAffiliationRequest.parse({ kind: "existing", personName: "Ada", organisationId }))).rejects.toMatchObject({ code: "STAFF_NOT_DELEGATE" }) // staff never join a delegation (issue 12 item 3);
  });

  it("rejecting needs a reason; a rejected proposal leaves no organisation behind", async () => {
    const { organisationId } = await requestAffiliation(await world.actor("outsider"), newOrg());
    const [m] = await db.membership.findMany({ where: { organisationId } });
    await expect(verifyAffiliation(await world.actor("secretariat"), { membershipId: m.id, decision: "reject" })).rejects.toMatchObject({ code: "VALIDATION" });
    await verifyAffiliation(await world.actor("secretariat"), { membershipId: m.id, decision: "reject", reason: "Unknown institution." });
    expect(await db.organisation.findUnique({ where: { id: organisationId } })).toBeNull();
    expect((await db.outboundEmail.findFirstOrThrow({ where: { kind: "affiliationRejected" } })).text).toContain("Unknown institution.");
  });

  it("only the secretariat verifies", async () => {
    await requestAffiliation(await world.actor("outsider"), newOrg());
    const [m] = await db.membership.findMany({ where: { verifiedAt: null, role: "FOCAL_POINT" } });
    for (const who of ["contributor", "focalPoint", "outsider"] as const) {
      await expect(verifyAffiliation(await world.actor(who), { membershipId: m.id, decision: "verify" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("a focal point manages contributors", () => {
  it("invites a new person by e-mail (they accept: tests/integration/enrolment-invitation.test.ts) and removes them", async () => {
    const fp = await world.actor("focalPoint");
    await addContributor(fp, { organisationId: world.exa.id, email: "new.person@example.org", name: "New Person" });
    const m = await db.membership.findFirstOrThrow({ where: { user: { email: "new.person@example.org" } } });
    await respondMembershipInvitation((await loadActor(m.userId))!, { membershipId: m.id, response: "accept" });
    expect((await loadActor(m.userId))?.memberships).toEqual([{ organisationId: world.exa.id, role: "CONTRIBUTOR", verified: true }]);
    expect(await db.outboundEmail.count({ where: { to: "new.person@example.org", kind: "organisationInvitation" } })).toBe(1);
    // Asked again: the same answer, nothing sent.
    await addContributor(fp, { organisationId: world.exa.id, email: "new.person@example.org", name: "New Person" });
    expect(await db.outboundEmail.count({ where: { to: "new.person@example.org" } })).toBe(1);
    expect((await listMembers(fp, world.exa.id)).members.map((x) => x.user.email)).toContain("new.person@example.org");
    await removeContributor(fp, { membershipId: m.id });
    expect((await loadActor(m.userId))?.memberships).toEqual([]);
  });

  it("cannot manage another organisation, nor remove a focal point; contributors cannot manage at all", async () => {
    const fp = await world.actor("focalPoint");
    await expect(addContributor(fp, { organisationId: world.etu.id, email: "x@example.org", name: "X Y" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addContributor(await world.actor("contributor"), { organisationId: world.exa.id, email: "x@example.org", name: "X Y" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const focalMembership = await db.membership.findFirstOrThrow({ where: { userId: world.users.etuFocal.id } });
    await expect(removeContributor(fp, { membershipId: focalMembership.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await db.membership.findFirstOrThrow({ where: { userId: world.users.focalPoint.id } });
    await expect(removeContributor(fp, { membershipId: own.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: "x@example.org" } })).toBe(0);
  });
});
