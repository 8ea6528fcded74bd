import { beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { submissionQueueState } from "@/lib/services/contributions/submission-queue";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("submitting a contribution", () => {
  it("stores it submitted with a reference number, two audit events and one receipt e-mail, in one go", async () => {
    const actor = await world.actor("contributor");
    const result = await submitContribution(actor, contributionInput(world));
    expect(result.referenceNumber).toBe("WSIS20-C-0001");
    const stored = await db.contribution.findUniqueOrThrow({ where: { id: result.id }, include: { answers: true, auditEvents: { orderBy: { action: "asc" } } } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.submittedAt).not.toBeNull();
    expect(stored.organisationId).toBe(world.exa.id);
    expect(stored.answers).toHaveLength(1);
    expect(stored.auditEvents.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["contribution.create", null, "DRAFT"],
      ["contribution.submit", "DRAFT", "SUBMITTED"],
    ]);
    const mails = await db.outboundEmail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "c@example.org", kind: "receipt", status: "PENDING", contributionId: result.id });
    expect(mails[0].subject).toContain("WSIS20-C-0001");
  });

  it("numbers receipts in sequence per consultation", async () => {
    const actor = await world.actor("contributor");
    const a = await submitContribution(actor, contributionInput(world));
    const b = await submitContribution(await world.actor("focalPoint"), contributionInput(world));
    expect([a.referenceNumber, b.referenceNumber]).toEqual(["WSIS20-C-0001", "WSIS20-C-0002"]);
  });

  // On one server the later calls wait for the first (afterSameKey); across servers they race in
  // the database, where the unique index on the key decides.
  for (const sameKeyWaits of [true, false]) {
    it(`makes a replay (double click, retry) return the first result: one row, one number, one e-mail (${sameKeyWaits ? "one server" : "racing as on two servers"})`, async () => {
      const actor = await world.actor("contributor");
      const input = contributionInput(world);
      const results = await Promise.all([0, 1, 2].map(() => submitContribution(actor, input, new Date(), { sameKeyWaits })));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(await db.contribution.count()).toBe(1);
      expect(await db.outboundEmail.count()).toBe(1);
      expect((await submitContribution(actor, input)).referenceNumber).toBe("WSIS20-C-0001");
    });
  }

  // What the wait saves: with the first one's write held up (the counter row locked elsewhere), a
  // waiting second request never reaches the submission queue; racing, it writes alongside.
  for (const sameKeyWaits of [true, false]) {
    it(sameKeyWaits ? "keeps a double click's second request out of the queue while the first is written" : "lets requests racing as on two servers both write", async () => {
      const actor = await world.actor("contributor");
      await submitContribution(actor, contributionInput(world)); // the consultation's counter row exists
      const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await locker.connect();
      try {
        await locker.query(`BEGIN; SELECT 1 FROM "Counter" FOR UPDATE`);
        const input = contributionInput(world);
        const both = Promise.all([0, 1].map(() => submitContribution(actor, input, new Date(), { sameKeyWaits })));
        for (let i = 0; i < 250 && submissionQueueState().running === 0; i++) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 300));
        expect(submissionQueueState().running).toBe(sameKeyWaits ? 1 : 2);
        await locker.query("COMMIT");
        const [first, second] = await both;
        expect(second).toEqual(first);
        expect(first.referenceNumber).toBe("WSIS20-C-0002");
      } finally {
        await locker.query("ROLLBACK").catch(() => {});
        await locker.end();
      }
    });
  }

  it("answers a double click's second request with the first's submission, and runs it on its own when the first failed", async () => {
    const actor = await world.actor("contributor");
    const input = contributionInput(world);
    const [first, second] = await Promise.all([submitContribution(actor, input), submitContribution(actor, input)]);
    expect(second).toEqual(first);
    // A failed first call does not fail the second (same key, valid content): it is written.
    const bad = contributionInput(world, { actionLines: ["C99" as "C1"] });
    const other = contributionInput(world);
    const [a, b] = await Promise.allSettled([submitContribution(actor, bad), submitContribution(actor, { ...other, idempotencyKey: bad.idempotencyKey })]);
    expect(a.status).toBe("rejected");
    expect(b).toMatchObject({ status: "fulfilled", value: { referenceNumber: "WSIS20-C-0002" } });
  });

  it("does not let another organisation's idempotency key reveal or reuse a contribution", async () => {
    const input = contributionInput(world);
    await submitContribution(await world.actor("contributor"), input);
    const forged = { ...input, organisationId: world.etu.id };
    await expect(submitContribution(await world.actor("otherOrg"), forged)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.contribution.count()).toBe(1);
  });

  it("stores version 1 as an immutable snapshot of what was submitted", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world));
    const versions = await db.contributionVersion.findMany({ where: { contributionId: id } });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, title: "Keep ITU's facilitation of C2 and C5", language: "en", actionLines: ["C2", "C5"], sdgs: [9] });
    expect(versions[0].answers).toEqual([{ questionId: world.consultation.guidingQuestions[0].id, position: 1, text: "An answer." }]);
  });

  it("refuses the public, outsiders, unverified members and members of another organisation, and stores nothing", async () => {
    await expect(submitContribution(ANONYMOUS, contributionInput(world))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(submitContribution(await world.actor("outsider"), contributionInput(world))).rejects.toMatchObject({ code: "NOT_AFFILIATED" });
    await expect(submitContribution(await world.actor("unverified"), contributionInput(world))).rejects.toMatchObject({ code: "NOT_AFFILIATED" });
    // An organisation id in the form is a claim: ETU's member cannot submit for EXA.
    await expect(submitContribution(await world.actor("otherOrg"), contributionInput(world))).rejects.toMatchObject({ code: "NOT_AFFILIATED" });
    await expect(submitContribution(await world.actor("secretariat"), contributionInput(world))).rejects.toMatchObject({ code: "STAFF_NOT_DELEGATE" }) // issue 12 item 3;
    expect(await db.contribution.count()).toBe(0);
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("refuses after the deadline with the deadline and time zone, and stores nothing", async () => {
    const actor = await world.actor("contributor");
    const afterDeadline = new Date(world.consultation.closesAt.getTime());
    await expect(submitContribution(actor, contributionInput(world), afterDeadline)).rejects.toMatchObject({
      code: "CONSULTATION_CLOSED",
      params: { deadline: world.consultation.closesAt.toISOString(), timeZone: "Europe/Zurich" },
    });
    const beforeOpening = new Date(world.consultation.opensAt.getTime() - 1);
    await expect(submitContribution(actor, contributionInput(world), beforeOpening)).rejects.toMatchObject({ code: "CONSULTATION_NOT_OPEN" });
    expect(await db.contribution.count()).toBe(0);
    expect(await db.counter.count()).toBe(0);
  });

  it("refuses an answer to a question of another consultation", async () => {
    const actor = await world.actor("contributor");
    const input = contributionInput(world, { answers: [{ questionId: "not-a-question", text: "x" }] });
    await expect(submitContribution(actor, input)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { answers: ["unknownQuestion"] } });
  });

  it("refuses an unknown consultation with NOT_FOUND", async () => {
    const actor = await world.actor("contributor");
    await expect(submitContribution(actor, contributionInput(world, { consultationId: "nope" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the Arabic fixture byte for byte, except Word's artefacts (bookmarks, footnote markers: issue 12 item 12)", async () => {
    const { readFileSync } = await import("node:fs");
    const { normaliseBodyText } = await import("@/lib/revision/normalise");
    const body = readFileSync(new URL("../../e2e/fixtures/atu-proposal-res75-ar.txt", import.meta.url), "utf8");
    const actor = await world.actor("contributor");
    const { id } = await submitContribution(actor, contributionInput(world, { body, language: "ar" }));
    const stored = (await db.contribution.findUniqueOrThrow({ where: { id } })).body;
    expect(stored).not.toMatch(/\[bookmark:|\[footnoteRef:/);
    expect(stored).toBe(normaliseBodyText(body).text);
  });
});

describe("database limits agree with the schema (code points)", () => {
  it("accepts a 300-code-point astral title and refuses 301", async () => {
    const actor = await world.actor("contributor");
    const { id } = await submitContribution(actor, contributionInput(world, { title: "𠀀".repeat(300) }));
    await expect(db.contribution.update({ where: { id }, data: { title: "𠀀".repeat(301) } })).rejects.toThrow(/Contribution_title_length/);
  });

  it("refuses unknown Action Lines, SDGs and languages at the database too", async () => {
    const actor = await world.actor("contributor");
    const { id } = await submitContribution(actor, contributionInput(world));
    await expect(db.contribution.update({ where: { id }, data: { sdgs: [18] } })).rejects.toThrow(/Contribution_sdgs_range/);
    await expect(db.contribution.update({ where: { id }, data: { actionLines: ["C12"] } })).rejects.toThrow(/Contribution_action_lines_known/);
    await expect(db.contribution.update({ where: { id }, data: { language: "de" } })).rejects.toThrow(/Contribution_language_un/);
  });
});
