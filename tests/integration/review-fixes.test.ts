/** Regressions found by the attack review of the contributor and co-sponsor features. */
import { beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getContribution, getOwnContribution } from "@/lib/services/contributions/get-contribution";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { addContributor } from "@/lib/services/organisations/manage-members";
import { upsertConsultation } from "@/prisma/factories";
import { SEED_CONSULTATION } from "@/prisma/seed-data";
import { ZDraftInput } from "@/lib/schemas/contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("the organisation's own pages", () => {
  it("are for its members and invited focal points only, even once published", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world));
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "private note" });
    expect((await getOwnContribution(await world.actor("focalPoint"), id))?.access).toBe("member");
    expect(await getOwnContribution(await world.actor("outsider"), id)).toBeNull();
    expect(await getOwnContribution(await world.actor("otherOrg"), id)).toBeNull();
  });

  it("stop showing a contribution to a focal point whose organisation declined", async () => {
    // Drafts are never shared by an invitation any more (issue 12: tests/integration/cosponsor-leaks.test.ts).
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Shared contribution" }));
    const invitation = await inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id });
    expect((await getOwnContribution(await world.actor("etuFocal"), id))?.access).toBe("invited");
    await respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "DECLINED" });
    expect(await getContribution(await world.actor("etuFocal"), id)).toBeNull();
    // A declined organisation is not e-mailed again by a new invitation.
    await expect(inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id })).rejects.toMatchObject({ code: "CONFLICT", params: { status: "DECLINED" } });
  });
});

describe("forged form values", () => {
  it("cannot move a draft to another consultation to use its window or numbering", async () => {
    const key = randomUUID();
    await saveDraft(await world.actor("contributor"), ZDraftInput.parse({ consultationId: world.consultation.id, organisationId: world.exa.id, type: "GENERAL_INPUT", actionLines: [], sdgs: [], answers: [], idempotencyKey: key }));
    const other = await upsertConsultation(db, { ...SEED_CONSULTATION, slug: "other", code: "OTHER", opensAt: new Date(Date.now() - 1000), closesAt: new Date(Date.now() + 86_400_000) });
    const actor = await world.actor("contributor");
    await expect(saveDraft(actor, ZDraftInput.parse({ consultationId: other.id, organisationId: world.exa.id, type: "GENERAL_INPUT", actionLines: [], sdgs: [], answers: [], idempotencyKey: key }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitContribution(actor, contributionInput(world, { consultationId: other.id, idempotencyKey: key, answers: [] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers null / NOT_FOUND for ids that cannot exist (NUL, slashes) instead of a database error", async () => {
    expect(await getContribution(await world.actor("secretariat"), "abc\u0000")).toBeNull();
    await expect(decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: "../x", expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not let a focal point enrol secretariat or admin accounts (the answer reveals nothing: issue 12 item 5)", async () => {
    await expect(addContributor(await world.actor("focalPoint"), { organisationId: world.exa.id, email: "s@example.org", name: "Sam" })).resolves.toBeUndefined();
    expect((await db.membership.count({ where: { userId: world.users.secretariat.id } }))).toBe(0);
  });
});
