import { beforeEach, describe, expect, it } from "vitest";
import { editOrganisation, mergeOrganisations, withdrawVerification } from "@/lib/services/admin/organisations";
import { loadAdminMergeView, loadAdminOrganisationView, loadAdminOrganisationsView } from "@/lib/loaders/admin-organisations-view";
import { loadActor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { upsertOrganisation, upsertUser } from "@/prisma/factories";
import { ZOrganisationEdit } from "@/lib/schemas/admin";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { createContribution } from "../support/drafts";
import { nonAdminActors } from "../support/roles";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const edit = (o: { id: string; updatedAt: Date }, changes: Record<string, string> = {}) =>
  ZOrganisationEdit.parse({ organisationId: o.id, updatedAt: o.updatedAt.toISOString(), name: "Ministry of Digital Affairs", membershipCategory: "MEMBER_STATE", stakeholderGroup: "GOVERNMENT", country: "ch", ituRegion: "B", ...changes });

describe("editing an organisation", () => {
  it("saves the particulars and audits what changed; a stale form is refused and changes nothing", async () => {
    const admin = await world.actor("admin");
    const seen = await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } });
    expect(await editOrganisation(admin, edit(seen, { stakeholderGroup: "CIVIL_SOCIETY" }))).toEqual({ changed: 2 });
    const after = await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } });
    expect(after).toMatchObject({ name: "Ministry of Digital Affairs", stakeholderGroup: "CIVIL_SOCIETY", country: "CH", shortCode: "EXA" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.edit" } });
    expect(event.data).toMatchObject({ organisationId: world.exa.id, changes: { name: { from: "Ministry of Digital Affairs of Exampleland", to: "Ministry of Digital Affairs" }, stakeholderGroup: { from: "GOVERNMENT", to: "CIVIL_SOCIETY" } } });
    // The same form again (its updatedAt is now stale):
    await expect(editOrganisation(admin, edit(seen, { name: "Another name" }))).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } })).name).toBe("Ministry of Digital Affairs");
    await expect(editOrganisation(admin, edit({ id: "missing", updatedAt: seen.updatedAt }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses bad input field by field (the schema the form and the action share)", () => {
    const seen = { id: world.exa.id, updatedAt: new Date() };
    const r = ZOrganisationEdit.safeParse({ ...edit(seen), updatedAt: seen.updatedAt.toISOString(), name: " ", country: "XQ", membershipCategory: "KING" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["name", "country", "membershipCategory"]));
    expect(ZOrganisationEdit.safeParse({ ...edit(seen), updatedAt: "yesterday" }).success).toBe(false);
  });
});

describe("withdrawing a verification", () => {
  it("unverifies the organisation and its members, who can no longer submit for it", async () => {
    const admin = await world.actor("admin");
    const seen = await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } });
    expect(can(await world.actor("contributor"), "contribution.create", { organisationId: world.exa.id })).toBe(true);
    const r = await withdrawVerification(admin, { organisationId: seen.id, updatedAt: seen.updatedAt });
    expect(r.membershipsUnverified).toBe(2);
    expect(can((await loadActor(world.users.contributor.id))!, "contribution.create", { organisationId: world.exa.id })).toBe(false);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } })).verified).toBe(false);
    await expect(withdrawVerification(admin, { organisationId: seen.id, updatedAt: seen.updatedAt })).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect(await db.auditEvent.count({ where: { action: "organisation.unverify" } })).toBe(1);
  });
});

describe("merging two organisations", () => {
  it("moves contributions, memberships and co-sponsorships to the survivor in one audited transaction", async () => {
    const admin = await world.actor("admin");
    const dup = await upsertOrganisation(db, { name: "Min. Digital Affairs Exampleland", shortCode: "EXA2", membershipCategory: "MEMBER_STATE", stakeholderGroup: "GOVERNMENT", country: "CH" });
    // One person in both (contributor of the survivor, focal point of the duplicate); one only in the duplicate.
    await db.membership.create({ data: { userId: world.users.contributor.id, organisationId: dup.id, role: "FOCAL_POINT", verifiedAt: new Date() } });
    const solo = await upsertUser(db, { email: "solo@example.org", name: "Solo", organisationId: dup.id });
    const dupContribution = await db.contribution.update({ where: { id: (await createContribution(world, "SUBMITTED")).id }, data: { organisationId: dup.id } });
    // ETU's contribution co-sponsored by both (the duplicate confirmed, the survivor only invited),
    // and an EXA contribution the duplicate was invited to co-sponsor (would be its own after the merge).
    const etuContribution = await createContribution(world, "SUBMITTED", "etu");
    await db.coSponsor.create({ data: { contributionId: etuContribution.id, organisationId: dup.id, status: "CONFIRMED", invitedById: world.users.otherOrg.id } });
    await db.coSponsor.create({ data: { contributionId: etuContribution.id, organisationId: world.exa.id, status: "INVITED", invitedById: world.users.otherOrg.id } });
    const exaContribution = await createContribution(world, "SUBMITTED");
    await db.coSponsor.create({ data: { contributionId: exaContribution.id, organisationId: dup.id, status: "INVITED", invitedById: world.users.contributor.id } });

    const [source, survivor] = await Promise.all([dup.id, world.exa.id].map((id) => db.organisation.findUniqueOrThrow({ where: { id } })));
    const screen = (await loadAdminMergeView(admin, source.id, survivor.id))!;
    expect(screen.source._count).toEqual({ memberships: 2, contributions: 1, coSponsorships: 2 });

    const moved = await mergeOrganisations(admin, { sourceId: source.id, survivorId: survivor.id, sourceUpdatedAt: source.updatedAt, survivorUpdatedAt: survivor.updatedAt });
    expect(moved).toEqual({ contributions: 1, memberships: 2, coSponsorships: 2, ownInvitationsRemoved: 1 });
    expect(await db.organisation.findUnique({ where: { id: dup.id } })).toBeNull();
    expect((await db.contribution.findUniqueOrThrow({ where: { id: dupContribution.id } })).organisationId).toBe(world.exa.id);
    const contributorMembership = await db.membership.findMany({ where: { userId: world.users.contributor.id } });
    expect(contributorMembership).toHaveLength(1);
    expect(contributorMembership[0]).toMatchObject({ organisationId: world.exa.id, role: "FOCAL_POINT" });
    expect((await db.membership.findFirstOrThrow({ where: { userId: solo.id } })).organisationId).toBe(world.exa.id);
    expect(await db.coSponsor.findMany({ where: { contributionId: etuContribution.id }, select: { organisationId: true, status: true } })).toEqual([{ organisationId: world.exa.id, status: "CONFIRMED" }]);
    expect(await db.coSponsor.count({ where: { contributionId: exaContribution.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.merge" } });
    expect(event.data).toMatchObject({ source: { shortCode: "EXA2" }, survivor: { shortCode: "EXA" }, moved });
  });

  it("refuses merging into itself, a stale survivor, and leaves everything as it was", async () => {
    const admin = await world.actor("admin");
    const exa = await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } });
    const etu = await db.organisation.findUniqueOrThrow({ where: { id: world.etu.id } });
    await expect(mergeOrganisations(admin, { sourceId: exa.id, survivorId: exa.id, sourceUpdatedAt: exa.updatedAt, survivorUpdatedAt: exa.updatedAt })).rejects.toMatchObject({ code: "MERGE_SAME" });
    await editOrganisation(admin, edit(exa, { name: "Renamed meanwhile" }));
    await createContribution(world, "SUBMITTED", "etu");
    await expect(mergeOrganisations(admin, { sourceId: etu.id, survivorId: exa.id, sourceUpdatedAt: etu.updatedAt, survivorUpdatedAt: exa.updatedAt })).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect(await db.organisation.count()).toBe(2);
    expect(await db.contribution.count({ where: { organisationId: world.etu.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "organisation.merge" } })).toBe(0);
  });
});

describe("the organisation screens", () => {
  it("list, filter and page organisations; show one with the others to merge into", async () => {
    const admin = await world.actor("admin");
    expect((await loadAdminOrganisationsView(admin, {})).rows.map((o) => o.shortCode)).toEqual(["ETU", "EXA"]);
    expect((await loadAdminOrganisationsView(admin, { q: "MINISTRY" })).rows.map((o) => o.shortCode)).toEqual(["EXA"]);
    expect((await loadAdminOrganisationsView(admin, { verified: "no" })).rows).toEqual([]);
    expect((await loadAdminOrganisationsView(admin, { after: world.etu.id })).rows.map((o) => o.shortCode)).toEqual(["EXA"]);
    const screen = (await loadAdminOrganisationView(admin, world.exa.id))!;
    expect(screen.others.map((o) => o.shortCode)).toEqual(["ETU"]);
    expect(screen.may.withdrawVerification).toBe(true);
    expect(await loadAdminOrganisationView(admin, "missing")).toBeNull();
  });
});

describe("refusals", () => {
  it("every non-admin caller is refused by every organisation service and loader, and nothing changes", async () => {
    const exa = await db.organisation.findUniqueOrThrow({ where: { id: world.exa.id } });
    const etu = await db.organisation.findUniqueOrThrow({ where: { id: world.etu.id } });
    for (const [who, actor] of await nonAdminActors(world)) {
      const code = who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      await expect(editOrganisation(actor, edit(exa, { name: "Hijacked" })), who).rejects.toMatchObject({ code });
      await expect(withdrawVerification(actor, { organisationId: exa.id, updatedAt: exa.updatedAt }), who).rejects.toMatchObject({ code });
      await expect(mergeOrganisations(actor, { sourceId: etu.id, survivorId: exa.id, sourceUpdatedAt: etu.updatedAt, survivorUpdatedAt: exa.updatedAt }), who).rejects.toMatchObject({ code });
      await expect(loadAdminOrganisationsView(actor, {}), who).rejects.toMatchObject({ code });
      await expect(loadAdminOrganisationView(actor, exa.id), who).rejects.toMatchObject({ code });
      await expect(loadAdminMergeView(actor, etu.id, exa.id), who).rejects.toMatchObject({ code });
    }
    expect(await db.organisation.findUniqueOrThrow({ where: { id: exa.id } })).toEqual(exa);
    expect(await db.organisation.count()).toBe(2);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
