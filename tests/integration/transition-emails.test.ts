/**
 * Issue 15 item 2: starting the review and marking a duplicate are e-mailed to the contributor, in
 * their language, through the outbox in the same transaction (a change that rolls back sends
 * nothing).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { markDuplicate } from "@/lib/services/triage/duplicates";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let arabicId: string;
let englishId: string;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  arabicId = (await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id, title: "مساهمة الاتحاد" }))).id;
  englishId = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Original input" }))).id;
  await db.outboundEmail.deleteMany();
});

describe("e-mails for every change the contributor sees", () => {
  it("start review: one e-mail in the contributor's language, none when the change loses a race", async () => {
    const s = await world.actor("secretariat");
    await decideContribution(s, { decision: "startReview", contributionId: arabicId, expectedStatus: "SUBMITTED", reason: "" });
    const mails = await db.outboundEmail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "ar@example.org", locale: "ar", kind: "underReview", contributionId: arabicId });
    expect(mails[0].subject).toContain("قيد المراجعة");
    expect(mails[0].text).toContain("مساهمة الاتحاد");
    // A second start review (stale status) is refused and sends nothing.
    await expect(decideContribution(s, { decision: "startReview", contributionId: arabicId, expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.outboundEmail.count()).toBe(1);
  });

  it("duplicate mark: the marked contribution's creator is told, without naming an unpublished contribution", async () => {
    const s = await world.actor("secretariat");
    await markDuplicate(s, { contributionId: arabicId, duplicateOfId: englishId, expected: null });
    const [mail] = await db.outboundEmail.findMany();
    expect(mail).toMatchObject({ to: "ar@example.org", locale: "ar", kind: "markedDuplicate", contributionId: arabicId });
    expect(mail.text).not.toContain("Original input");
    // Once the other is published, its document number is given.
    await db.outboundEmail.deleteMany();
    // Unmarking reverses a decision now (issue 14 item 4): the contributor is told that too.
    await markDuplicate(s, { contributionId: arabicId, duplicateOfId: null, expected: englishId });
    expect((await db.outboundEmail.findMany()).map((m) => [m.kind, m.locale])).toEqual([["duplicateUnmarked", "ar"]]);
    await decideContribution(s, { decision: "accept", contributionId: englishId, expectedStatus: "SUBMITTED", reason: "" });
    await db.outboundEmail.deleteMany();
    await markDuplicate(s, { contributionId: arabicId, duplicateOfId: englishId, expected: null });
    const [again] = await db.outboundEmail.findMany();
    expect(again.text).toContain("CWG-WSIS&SDG/WSIS20/1");
  });

  it("a refused mark (stale expectation) sends nothing", async () => {
    const s = await world.actor("secretariat");
    await expect(markDuplicate(s, { contributionId: arabicId, duplicateOfId: englishId, expected: englishId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.outboundEmail.count()).toBe(0);
  });
});
