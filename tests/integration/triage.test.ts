import { beforeEach, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { assignContribution } from "@/lib/services/triage/assign-contribution";
import { addInternalNote, listInternalNotes } from "@/lib/services/triage/internal-notes";
import { bulkDecide } from "@/lib/services/triage/bulk-decide";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let ids: string[];
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  ids = [];
  for (let i = 0; i < 3; i++) ids.push((await submitContribution(await world.actor("contributor"), contributionInput(world, { title: `Item ${i}` }))).id);
  await db.outboundEmail.deleteMany();
});

describe("triage", () => {
  it("assigns to a secretariat member, audited; only secretariat members can be assignees", async () => {
    const s = await world.actor("secretariat");
    await assignContribution(s, { contributionId: ids[0], assigneeId: world.users.admin.id });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: ids[0] } })).assigneeId).toBe(world.users.admin.id);
    expect(await db.auditEvent.count({ where: { action: "contribution.assign" } })).toBe(1);
    await expect(assignContribution(s, { contributionId: ids[0], assigneeId: world.users.contributor.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignContribution(await world.actor("contributor"), { contributionId: ids[0], assigneeId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps internal notes to the secretariat", async () => {
    const s = await world.actor("secretariat");
    await addInternalNote(s, { contributionId: ids[0], text: "Check with the C5 facilitator." });
    expect((await listInternalNotes(s, ids[0])).map((n) => n.text)).toEqual(["Check with the C5 facilitator."]);
    await expect(listInternalNotes(await world.actor("contributor"), ids[0])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInternalNotes(ANONYMOUS, ids[0])).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(addInternalNote(s, { contributionId: ids[0], text: " \u200b " })).rejects.toMatchObject({ code: "VALIDATION" });
    // Not part of what the contributor's pages load.
    const seen = await getContribution(await world.actor("contributor"), ids[0]);
    expect(JSON.stringify(seen)).not.toContain("C5 facilitator");
  });

  it("applies a bulk decision item by item, reporting each, one refusal not blocking the rest", async () => {
    const s = await world.actor("secretariat");
    await decideContribution(await world.actor("admin"), { decision: "startReview", contributionId: ids[1], expectedStatus: "SUBMITTED", reason: "" });
    const results = await bulkDecide(s, { decision: "accept", reason: "", items: ids.map((id) => ({ contributionId: id, expectedStatus: "SUBMITTED" })) });
    expect(results.map((r) => [r.ok, r.status ?? r.code])).toEqual([
      [true, "ACCEPTED"],
      [false, "CONFLICT"],
      [true, "ACCEPTED"],
    ]);
    expect(await db.contribution.count({ where: { status: "ACCEPTED" } })).toBe(2);
    expect(await db.outboundEmail.count({ where: { kind: "accepted" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "contribution.accept" } })).toBe(2);
    // A caller without the decision's permission is refused as a whole, up front (issue 12 item 7).
    await expect(bulkDecide(await world.actor("contributor"), { decision: "accept", reason: "", items: [{ contributionId: ids[1], expectedStatus: "UNDER_REVIEW" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("dashboard", () => {
  it("counts what was received, never drafts, for the secretariat only", async () => {
    const { secretariatDashboard } = await import("@/lib/services/statistics/secretariat-dashboard");
    await db.contribution.create({ data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title: "draft", summary: "", body: "", actionLines: ["C9"] } });
    const d = await secretariatDashboard(await world.actor("secretariat"));
    expect(d.byStatus).toEqual([{ key: "SUBMITTED", count: 3 }]);
    expect(d.byActionLine.find((r) => r.key === "C9")).toBeUndefined();
    expect(d.byGroup).toEqual([{ key: "GOVERNMENT", count: 3 }]);
    expect(d.perDay.reduce((n, r) => n + r.count, 0)).toBe(3);
    await expect(secretariatDashboard(await world.actor("contributor"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
