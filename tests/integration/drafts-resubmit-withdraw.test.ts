import { beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { resubmitContribution } from "@/lib/services/contributions/resubmit-contribution";
import { withdrawContribution } from "@/lib/services/contributions/withdraw-contribution";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { ZDraftInput, type TDraftInput } from "@/lib/schemas/contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const draft = (w: World, key: string, fields: Partial<TDraftInput> = {}): TDraftInput =>
  ZDraftInput.parse({ consultationId: w.consultation.id, organisationId: w.exa.id, type: "GENERAL_INPUT", actionLines: [], sdgs: [], answers: [], idempotencyKey: key, ...fields });

describe("drafts", () => {
  it("saves an empty draft, then updates the same one on every autosave", async () => {
    const actor = await world.actor("contributor");
    const key = randomUUID();
    const first = await saveDraft(actor, draft(world, key));
    const second = await saveDraft(actor, draft(world, key, { title: "Half a title", body: " مسودة\n" }));
    expect(second.id).toBe(first.id);
    const row = await db.contribution.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ status: "DRAFT", title: "Half a title", body: " مسودة\n", language: null, referenceNumber: null });
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("creates one draft when two autosaves of a new form race", async () => {
    const actor = await world.actor("contributor");
    const key = randomUUID();
    const results = await Promise.all([1, 2, 3].map((n) => saveDraft(actor, draft(world, key, { title: `v${n}` }))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.contribution.count()).toBe(1);
  });

  it("keeps drafts private to the organisation: not the secretariat, not another organisation", async () => {
    const { id } = await saveDraft(await world.actor("contributor"), draft(world, randomUUID(), { title: "Private" }));
    expect((await getContribution(await world.actor("focalPoint"), id))?.title).toBe("Private");
    expect(await getContribution(await world.actor("secretariat"), id)).toBeNull();
    expect(await getContribution(await world.actor("otherOrg"), id)).toBeNull();
  });

  it("submitting the form whose draft was autosaved submits that draft: one contribution, one number", async () => {
    const actor = await world.actor("contributor");
    const input = contributionInput(world);
    const saved = await saveDraft(actor, draft(world, input.idempotencyKey, { title: "Draft" }));
    const [a, b] = await Promise.all([submitContribution(actor, input), submitContribution(actor, input)]);
    expect(a).toEqual(b);
    expect(a.id).toBe(saved.id);
    expect(await db.contribution.count()).toBe(1);
    expect(await db.contributionVersion.count()).toBe(1);
    expect(await db.outboundEmail.count()).toBe(1);
    // The form cannot save a draft over a submitted contribution.
    await expect(saveDraft(actor, draft(world, input.idempotencyKey, { title: "late autosave" }))).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: a.id } })).title).toBe(input.title);
  });

  it("refuses drafts for an organisation the actor does not belong to, and over-long text", async () => {
    await expect(saveDraft(await world.actor("otherOrg"), draft(world, randomUUID()))).rejects.toMatchObject({ code: "NOT_AFFILIATED" });
    expect(ZDraftInput.safeParse({ ...draft(world, randomUUID()), title: "x".repeat(301) }).success).toBe(false);
  });
});

describe("changes requested → resubmitted, and withdrawal", () => {
  async function submittedThenChangesRequested() {
    const actor = await world.actor("contributor");
    const { id } = await submitContribution(actor, contributionInput(world));
    await decideContribution(await world.actor("secretariat"), { decision: "requestChanges", contributionId: id, expectedStatus: "SUBMITTED", reason: "Add C7." });
    return { actor, id };
  }

  it("resubmits new content as version 2, audited and confirmed by e-mail", async () => {
    const { actor, id } = await submittedThenChangesRequested();
    const result = await resubmitContribution(actor, { ...contributionInput(world, { title: "Revised title", actionLines: ["C2", "C7"] }), contributionId: id, expectedStatus: "CHANGES_REQUESTED" });
    expect(result.version).toBe(2);
    const c = await db.contribution.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { number: "asc" } } } });
    expect(c).toMatchObject({ status: "RESUBMITTED", title: "Revised title", decisionNote: null });
    expect(c.versions.map((v) => [v.number, v.title])).toEqual([[1, "Keep ITU's facilitation of C2 and C5"], [2, "Revised title"]]);
    expect(await db.outboundEmail.count({ where: { kind: "resubmitted" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "contribution.resubmit", contributionId: id } })).toBe(1);
    // The secretariat can decide on it again.
    const r = await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "RESUBMITTED", reason: "" });
    expect(r.status).toBe("ACCEPTED");
  });

  it("each version records its C7 sub-items and co-sponsors, so that versions can be compared on them (issue 15 item 10)", async () => {
    const { actor, id } = await submittedThenChangesRequested();
    // A co-sponsor was invited after the first submission and confirmed; another was invited and declined.
    await db.coSponsor.create({ data: { contributionId: id, organisationId: world.etu.id, status: "CONFIRMED", invitedById: world.users.focalPoint.id } });
    await resubmitContribution(actor, { ...contributionInput(world, { actionLines: ["C2", "C7"], c7SubItems: ["e-health"] }), contributionId: id, expectedStatus: "CHANGES_REQUESTED" });
    const versions = await db.contributionVersion.findMany({ where: { contributionId: id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.c7SubItems, v.cosponsors])).toEqual([
      [1, [], []],
      [2, ["e-health"], [{ organisationId: world.etu.id, name: world.etu.name, status: "CONFIRMED" }]],
    ]);
  });

  it("resubmission works after the deadline: the secretariat asked for it", async () => {
    const { actor, id } = await submittedThenChangesRequested();
    await db.consultation.update({ where: { id: world.consultation.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    await expect(resubmitContribution(actor, { ...contributionInput(world), contributionId: id, expectedStatus: "CHANGES_REQUESTED" })).resolves.toMatchObject({ version: 2 });
  });

  it("refuses resubmission by another organisation, and of a contribution not waiting for changes", async () => {
    const { id } = await submittedThenChangesRequested();
    await expect(resubmitContribution(await world.actor("otherOrg"), { ...contributionInput(world), contributionId: id, expectedStatus: "CHANGES_REQUESTED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await submitContribution(await world.actor("contributor"), contributionInput(world));
    await expect(resubmitContribution(await world.actor("contributor"), { ...contributionInput(world), contributionId: other.id, expectedStatus: "CHANGES_REQUESTED" })).rejects.toMatchObject({ code: "CONFLICT", params: { status: "SUBMITTED" } });
    expect(await db.contributionVersion.count({ where: { contributionId: other.id } })).toBe(1);
  });

  it("withdraws before a decision, never after", async () => {
    const actor = await world.actor("focalPoint");
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world));
    await expect(withdrawContribution(actor, { contributionId: id, expectedStatus: "SUBMITTED", reason: "Sent by mistake." })).resolves.toEqual({ status: "WITHDRAWN" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "contribution.withdraw" } });
    expect(event).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "WITHDRAWN", reason: "Sent by mistake.", actorId: world.users.focalPoint.id });
    const accepted = await submitContribution(await world.actor("contributor"), contributionInput(world));
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: accepted.id, expectedStatus: "SUBMITTED", reason: "" });
    await expect(withdrawContribution(actor, { contributionId: accepted.id, expectedStatus: "ACCEPTED", reason: "" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(withdrawContribution(await world.actor("secretariat"), { contributionId: id, expectedStatus: "WITHDRAWN", reason: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
