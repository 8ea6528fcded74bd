import { beforeEach, describe, expect, it } from "vitest";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { ANONYMOUS } from "@/lib/auth/permissions";
import type { TDecisionInput } from "@/lib/schemas/decision";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let contributionId: string;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  contributionId = (await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id }))).id;
  await db.outboundEmail.deleteMany();
});

const decision = (d: TDecisionInput["decision"], extra: Partial<TDecisionInput> = {}) =>
  ({ decision: d, contributionId, expectedStatus: "SUBMITTED", reason: "", ...extra }) as TDecisionInput;

describe("secretariat decisions", () => {
  it("accepting publishes with a document number, records who and when, and e-mails the contributor in their language", async () => {
    const result = await decideContribution(await world.actor("secretariat"), decision("accept"));
    expect(result).toEqual({ status: "ACCEPTED", documentNumber: "CWG-WSIS&SDG/WSIS20/1" });
    const c = await db.contribution.findUniqueOrThrow({ where: { id: contributionId }, include: { auditEvents: { where: { action: "contribution.accept" } } } });
    expect(c.status).toBe("ACCEPTED");
    expect(c.publishedAt).not.toBeNull();
    expect(c.auditEvents).toHaveLength(1);
    expect(c.auditEvents[0]).toMatchObject({ actorId: world.users.secretariat.id, fromStatus: "SUBMITTED", toStatus: "ACCEPTED" });
    const [mail] = await db.outboundEmail.findMany();
    expect(mail).toMatchObject({ to: "ar@example.org", locale: "ar", kind: "accepted" });
    expect(mail.subject).toContain("CWG-WSIS&SDG/WSIS20/1");
    expect(mail.subject).toContain("قُبلت");
  });

  it("rejecting and requesting changes need a reason, which is kept and sent", async () => {
    const s = await world.actor("secretariat");
    await expect(decideContribution(s, decision("reject"))).rejects.toMatchObject({ code: "VALIDATION" });
    await decideContribution(s, decision("reject", { reason: "Out of scope." }));
    const c = await db.contribution.findUniqueOrThrow({ where: { id: contributionId } });
    expect(c).toMatchObject({ status: "REJECTED", decisionNote: "Out of scope.", documentNumber: null });
    const mails = await db.outboundEmail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("Out of scope.");
  });

  it("start review, then request changes from under review", async () => {
    const s = await world.actor("admin");
    expect((await decideContribution(s, decision("startReview"))).status).toBe("UNDER_REVIEW");
    // Starting the review is told to the contributor (issue 15 item 2).
    expect((await db.outboundEmail.findMany()).map((m) => m.kind)).toEqual(["underReview"]);
    const r = await decideContribution(s, decision("requestChanges", { expectedStatus: "UNDER_REVIEW", reason: "Add Action Lines." }));
    expect(r.status).toBe("CHANGES_REQUESTED");
  });

  it("refuses an invalid transition and changes nothing", async () => {
    const s = await world.actor("secretariat");
    await decideContribution(s, decision("reject", { reason: "No." }));
    const before = await db.auditEvent.count();
    await expect(decideContribution(s, decision("accept", { expectedStatus: "REJECTED" }))).rejects.toMatchObject({ code: "INVALID_TRANSITION", params: { status: "REJECTED" } });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: contributionId } })).status).toBe("REJECTED");
    expect(await db.auditEvent.count()).toBe(before);
    expect(await db.counter.findUnique({ where: { key: "document:WSIS20" } })).toBeNull();
  });

  it("refuses a decision on a contribution that changed since it was looked at", async () => {
    const s = await world.actor("secretariat");
    await decideContribution(s, decision("startReview"));
    await expect(decideContribution(s, decision("accept"))).rejects.toMatchObject({ code: "CONFLICT", params: { status: "UNDER_REVIEW" } });
  });

  it("refuses contributors (even of the same organisation) and the public; unknown ids are NOT_FOUND", async () => {
    await expect(decideContribution(await world.actor("otherOrg"), decision("accept"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideContribution(await world.actor("contributor"), decision("accept"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideContribution(ANONYMOUS, decision("accept"))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(decideContribution(await world.actor("secretariat"), decision("accept", { contributionId: "unknown" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: contributionId } })).status).toBe("SUBMITTED");
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("lets exactly one of two simultaneous decisions win; status, audit and e-mails agree (repeated)", async () => {
    const [s1, s2] = [await world.actor("secretariat"), await world.actor("admin")];
    for (let round = 0; round < 5; round++) {
      if (round > 0) {
        contributionId = (await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id }))).id;
        await db.outboundEmail.deleteMany();
      }
      const outcomes = await Promise.allSettled([decideContribution(s1, decision("accept")), decideContribution(s2, decision("reject", { reason: "No." }))]);
      const won = outcomes.filter((o) => o.status === "fulfilled");
      const lost = outcomes.filter((o) => o.status === "rejected") as PromiseRejectedResult[];
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({ code: "CONFLICT" });
      const winner = (won[0] as PromiseFulfilledResult<{ status: string }>).value.status;
      const c = await db.contribution.findUniqueOrThrow({ where: { id: contributionId }, include: { auditEvents: true, emails: true } });
      expect(c.status).toBe(winner);
      expect(c.auditEvents.filter((e) => e.action !== "contribution.create" && e.action !== "contribution.submit").map((e) => e.toStatus)).toEqual([winner]);
      expect(c.emails.map((e) => e.kind)).toEqual([winner === "ACCEPTED" ? "accepted" : "rejected"]);
      expect(c.documentNumber === null).toBe(winner !== "ACCEPTED");
    }
    // Document numbers stay gapless: one per accepted contribution.
    const accepted = await db.contribution.count({ where: { status: "ACCEPTED" } });
    expect((await db.counter.findUnique({ where: { key: "document:WSIS20" } }))?.value ?? 0).toBe(accepted);
  });
});
