import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { sendAnnouncement } from "@/lib/services/consultations/send-announcement";
import { ZAnnouncementInput } from "@/lib/schemas/announcement";
import { db, resetDatabase } from "../support/db";
import { createContribution } from "../support/drafts";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const input = (overrides: Record<string, unknown> = {}) =>
  ZAnnouncementInput.parse({ consultationId: world.consultation.id, subject_en: "Meeting 45 agenda", body_en: "The agenda is online.", subject_ar: "جدول أعمال الاجتماع 45", body_ar: "جدول الأعمال متاح.", ...overrides });

describe("messages to the contributors of a consultation", () => {
  it("each author of a submitted contribution gets one e-mail in their language, with the announcement and audit in one go", async () => {
    await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "First" }));
    await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Second" }));
    await submitContribution(await world.actor("otherOrg"), contributionInput(world, { title: "Arabic author", organisationId: world.etu.id }));
    await db.outboundEmail.deleteMany();
    const { recipients } = await sendAnnouncement(await world.actor("secretariat"), input());
    expect(recipients).toBe(2);
    const mails = await db.outboundEmail.findMany({ where: { kind: "announcement" }, orderBy: { to: "asc" } });
    expect(mails.map((m) => [m.to, m.locale])).toEqual([["ar@example.org", "ar"], ["c@example.org", "en"]]);
    expect(mails[0].subject).toBe("جدول أعمال الاجتماع 45");
    expect(mails[0].text).toContain("جدول الأعمال متاح.");
    expect(mails[1].subject).toBe("Meeting 45 agenda");
    expect(mails[1].text).toContain("The agenda is online.");
    const a = await db.announcement.findFirstOrThrow();
    expect(a).toMatchObject({ recipientCount: 2, sentById: world.users.secretariat.id });
    expect(await db.auditEvent.count({ where: { action: "announcement.send" } })).toBe(1);
  });

  it("falls back to English for a language without a text, and never writes to draft authors", async () => {
    await createContribution(world, "DRAFT", "exa");
    expect(await db.contribution.count({ where: { status: "DRAFT", createdById: world.users.contributor.id } })).toBe(1);
    await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id }));
    await db.outboundEmail.deleteMany();
    await sendAnnouncement(await world.actor("secretariat"), input({ subject_ar: "", body_ar: "" }));
    const mails = await db.outboundEmail.findMany({ where: { kind: "announcement" } });
    expect(mails.map((m) => m.to)).toEqual(["ar@example.org"]);
    expect(mails[0].subject).toBe("Meeting 45 agenda");
    // The frame of the message is still in the recipient's language.
    expect(mails[0].text).toContain("The agenda is online.");
    expect(mails[0].text).toContain("أمانة");
  });

  it("by status: only the authors of contributions in the chosen statuses", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Accepted one" }));
    await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id }));
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" } as never);
    await db.outboundEmail.deleteMany();
    const { recipients } = await sendAnnouncement(await world.actor("secretariat"), input({ statuses: ["ACCEPTED"] }));
    expect(recipients).toBe(1);
    expect((await db.outboundEmail.findMany({ where: { kind: "announcement" } })).map((m) => m.to)).toEqual(["c@example.org"]);
  });

  it("only the secretariat and admins send; an unknown consultation sends nothing", async () => {
    await submitContribution(await world.actor("contributor"), contributionInput(world));
    await db.outboundEmail.deleteMany();
    for (const who of ["contributor", "focalPoint", "etuFocal", "outsider", "unverified"] as const) {
      await expect(sendAnnouncement(await world.actor(who), input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(sendAnnouncement(ANONYMOUS, input())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(sendAnnouncement(await world.actor("admin"), input({ consultationId: "nope" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.outboundEmail.count()).toBe(0);
    expect(await db.announcement.count()).toBe(0);
  });

  it("refuses a message without English text, with the reason on the field", () => {
    const parsed = ZAnnouncementInput.safeParse({ consultationId: "c1", subject_en: "", body_en: "", body_ar: "نص" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0]).sort()).toEqual(["body_en", "subject_en"]);
  });
});
