/**
 * Issue 12, items 2 and 7: what an invitation to co-sponsor must not share.
 * - A draft is never shared: inviting is refused on a draft, and the scope grants an invited
 *   organisation nothing of a draft (content, attachments), even if an invitation row exists.
 * - Before publication, an invited co-sponsor does not see the secretariat's decisions on each
 *   revision proposal (nor its notes).
 * - A declined invitation no longer lists the contribution's title on /cosponsorships.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getContribution, getOwnContribution } from "@/lib/services/contributions/get-contribution";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { listInvitations } from "@/lib/services/cosponsors/list-cosponsors";
import { getAttachmentForDownload, listAttachments } from "@/lib/services/attachments/get-attachment";
import { decideProposal } from "@/lib/services/proposals/decide-proposal";
import { ZContributionInput, ZDraftInput } from "@/lib/schemas/contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

async function draft(title: string) {
  const input = ZDraftInput.parse({ consultationId: world.consultation.id, organisationId: world.exa.id, type: "GENERAL_INPUT", actionLines: [], sdgs: [], answers: [], idempotencyKey: randomUUID(), title });
  return (await saveDraft(await world.actor("contributor"), input)).id;
}

describe("a draft never leaks through a co-sponsor invitation", () => {
  it("refuses to invite co-sponsors to a draft, with its own message", async () => {
    const id = await draft("Secret draft");
    await expect(inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id })).rejects.toMatchObject({ code: "COSPONSOR_NOT_SUBMITTED" });
    expect(await db.coSponsor.count()).toBe(0);
    expect(await db.outboundEmail.count({ where: { kind: "cosponsorInvitation" } })).toBe(0);
  });

  it("grants an invited organisation nothing of a draft, even with an invitation on record", async () => {
    const id = await draft("Secret draft");
    // An invitation written before the rule (or by any other path): the scope alone must hold.
    await db.coSponsor.create({ data: { contributionId: id, organisationId: world.etu.id, invitedById: world.users.contributor.id } });
    const attachment = await db.attachment.create({ data: { contributionId: id, filename: "draft-only.pdf", mediaType: "application/pdf", size: 10, sha256: "0".repeat(64), uploadedById: world.users.contributor.id } });
    const etuFocal = await world.actor("etuFocal");
    expect(await getContribution(etuFocal, id)).toBeNull();
    expect(await getOwnContribution(etuFocal, id)).toBeNull();
    expect(await listAttachments(etuFocal, id)).toEqual([]);
    expect(await getAttachmentForDownload(etuFocal, attachment.id)).toBeNull();
    expect((await listInvitations(etuFocal)).map((i) => i.contribution.title)).not.toContain("Secret draft");
    // The lead organisation still has it all.
    expect((await listAttachments(await world.actor("contributor"), id)).map((a) => a.id)).toEqual([attachment.id]);
  });
});

describe("an invited co-sponsor before publication", () => {
  it("does not see the secretariat's decisions on each proposal until the contribution is published", async () => {
    const input = ZContributionInput.parse({ ...contributionInput(world), type: "ACTION_LINE_REVISION", actionLines: ["C2"], proposals: [{ marker: "SUP", ref: "9 e)", text: "", reasons: "Covered by 9 d)." }] });
    const { id } = await submitContribution(await world.actor("contributor"), input);
    const proposal = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: id } });
    await decideProposal(await world.actor("secretariat"), { proposalId: proposal.id, expectedDecision: "PENDING", decision: "NOT_ACCEPTED", note: "" });
    await inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id });

    const invited = (await getOwnContribution(await world.actor("etuFocal"), id))!;
    expect(invited.access).toBe("invited");
    expect(invited.contribution.proposals.map((p) => p.decision)).toEqual(["PENDING"]);
    expect(JSON.stringify(invited)).not.toContain("NOT_ACCEPTED");
    // The lead organisation sees the decision.
    expect((await getOwnContribution(await world.actor("contributor"), id))!.contribution.proposals.map((p) => p.decision)).toEqual(["NOT_ACCEPTED"]);

    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
    // Published: the decisions are public, so the invited organisation sees them too.
    expect((await getOwnContribution(await world.actor("etuFocal"), id))!.contribution.proposals.map((p) => p.decision)).toEqual(["NOT_ACCEPTED"]);
  });

  it("no longer lists a declined invitation's title on /cosponsorships", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Declined one" }));
    const invitation = await inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id });
    const etuFocal = await world.actor("etuFocal");
    expect((await listInvitations(etuFocal)).map((i) => i.contribution.title)).toEqual(["Declined one"]);
    await respondCoSponsorship(etuFocal, { coSponsorId: invitation.id, response: "DECLINED" });
    expect(JSON.stringify(await listInvitations(etuFocal))).not.toContain("Declined one");
  });
});
