import { beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { answerExtension, listExtensionRequests, requestExtension } from "@/lib/services/contributions/extensions";
import { instantFromLocal } from "@/lib/services/consultations/deadline";
import { ZDraftInput } from "@/lib/schemas/contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let draftId: string;
let key: string;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  key = randomUUID();
  draftId = (await saveDraft(await world.actor("contributor"), ZDraftInput.parse({ consultationId: world.consultation.id, organisationId: world.exa.id, type: "GENERAL_INPUT", actionLines: [], sdgs: [], answers: [], idempotencyKey: key, title: "Late but important" }))).id;
});

describe("deadline extensions for one contribution", () => {
  it("reads wall-clock times in the consultation's zone, across daylight saving", () => {
    expect(instantFromLocal("2027-04-15T23:59", "Europe/Zurich")?.toISOString()).toBe("2027-04-15T21:59:00.000Z");
    expect(instantFromLocal("2027-01-15T23:59", "Europe/Zurich")?.toISOString()).toBe("2027-01-15T22:59:00.000Z");
    expect(instantFromLocal("2027-04-15", "Europe/Zurich")).toBeNull();
  });

  it("a granted extension lets that draft, and only it, be submitted after the deadline", async () => {
    await requestExtension(await world.actor("focalPoint"), { contributionId: draftId, note: "Our minister signs on Monday." });
    const requests = await listExtensionRequests(await world.actor("secretariat"));
    expect(requests.map((r) => [r.title, r.extensionRequestNote])).toEqual([["Late but important", "Our minister signs on Monday."]]);
    const closes = world.consultation.closesAt;
    const until = new Date(closes.getTime() + 7 * 86_400_000);
    await answerExtension(await world.actor("secretariat"), { contributionId: draftId, decision: "grant", until, reason: "Ministerial sign-off." });
    expect(await db.outboundEmail.count({ where: { kind: "extensionGranted", to: "c@example.org" } })).toBe(1);

    const afterDeadline = new Date(closes.getTime() + 86_400_000);
    const actor = await world.actor("contributor");
    await expect(submitContribution(actor, contributionInput(world), afterDeadline)).rejects.toMatchObject({ code: "CONSULTATION_CLOSED" });
    const extended = await submitContribution(actor, contributionInput(world, { idempotencyKey: key }), afterDeadline);
    expect(extended.id).toBe(draftId);
    const tooLate = new Date(until.getTime() + 1);
    const other = randomUUID();
    await saveDraft(actor, ZDraftInput.parse({ consultationId: world.consultation.id, organisationId: world.exa.id, type: "GENERAL_INPUT", actionLines: [], sdgs: [], answers: [], idempotencyKey: other }));
    await expect(submitContribution(actor, contributionInput(world, { idempotencyKey: other }), tooLate)).rejects.toMatchObject({ code: "CONSULTATION_CLOSED" });
  });

  it("refuses an extension that ends before the deadline, a grant without reason, and non-secretariat answers", async () => {
    await requestExtension(await world.actor("contributor"), { contributionId: draftId, note: "Please." });
    await expect(requestExtension(await world.actor("contributor"), { contributionId: draftId, note: "Again." })).rejects.toMatchObject({ code: "CONFLICT" });
    const s = await world.actor("secretariat");
    await expect(answerExtension(s, { contributionId: draftId, decision: "grant", until: new Date(world.consultation.closesAt.getTime() - 1), reason: "x" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { until: ["afterDeadline"] } });
    await expect(answerExtension(s, { contributionId: draftId, decision: "refuse", until: null, reason: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(answerExtension(await world.actor("focalPoint"), { contributionId: draftId, decision: "refuse", until: null, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await answerExtension(s, { contributionId: draftId, decision: "refuse", until: null, reason: "The deadline is fixed by Council." });
    expect(await listExtensionRequests(s)).toEqual([]);
    expect((await db.contribution.findUniqueOrThrow({ where: { id: draftId } })).extendedUntil).toBeNull();
  });

  it("only the draft's organisation may ask; drafts without a request stay invisible to the secretariat", async () => {
    await expect(requestExtension(await world.actor("otherOrg"), { contributionId: draftId, note: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listExtensionRequests(await world.actor("secretariat"))).toEqual([]);
    await expect(answerExtension(await world.actor("secretariat"), { contributionId: draftId, decision: "refuse", until: null, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("wall-clock input", () => {
  it("refuses dates that do not exist and accepts optional seconds", () => {
    expect(instantFromLocal("2027-13-45T25:99", "Europe/Zurich")).toBeNull();
    expect(instantFromLocal("2027-02-30T10:00", "Europe/Zurich")).toBeNull();
    expect(instantFromLocal("2027-04-15T23:59:30", "Europe/Zurich")?.toISOString()).toBe("2027-04-15T21:59:30.000Z");
    expect(instantFromLocal("2027-04-15T23:59", "Not/AZone")).toBeNull();
  });
});
