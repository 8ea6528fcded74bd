import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { bulkDecide } from "@/lib/services/triage/bulk-decide";
import { ZDecisionInput } from "@/lib/schemas/decision";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const submit = async (title: string, who: "contributor" | "otherOrg" = "contributor") =>
  (await submitContribution(await world.actor(who), contributionInput(world, { title, ...(who === "otherOrg" && { organisationId: world.etu.id }) }))).id;
const lastEmail = (contributionId: string) => db.outboundEmail.findFirstOrThrow({ where: { contributionId }, orderBy: { createdAt: "desc" } });
const lastAudit = (contributionId: string) => db.auditEvent.findFirstOrThrow({ where: { contributionId }, orderBy: { at: "desc" } });

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
});

describe("reason codes for rejections and change requests", () => {
  it("stores the code with the decision and writes its message into the e-mail in the recipient's language", async () => {
    const s = await world.actor("secretariat");
    const ar = await submit("Arabic-speaking contributor's input", "otherOrg"); // Nadia reads Arabic
    await decideContribution(s, { decision: "reject", contributionId: ar, expectedStatus: "SUBMITTED", reason: "", reasonCode: "OUT_OF_SCOPE" });
    expect((await lastAudit(ar)).data).toEqual({ reasonCode: "OUT_OF_SCOPE" });
    const mail = await lastEmail(ar);
    expect(mail.locale).toBe("ar");
    expect(mail.text).toContain("لا تتناول المساهمة مسائل هذه المشاورة.");

    const en = await submit("English contributor's input");
    await decideContribution(s, { decision: "requestChanges", contributionId: en, expectedStatus: "SUBMITTED", reason: "Section 2 lacks sources.", reasonCode: "MISSING_INFORMATION" });
    const text = (await lastEmail(en)).text;
    expect(text).toContain("Please complete the missing information in your contribution.\n\n\u2068Section 2 lacks sources.\u2069");
    expect((await lastAudit(en)).reason).toBe("Section 2 lacks sources.");
  });

  it("needs a code or a text, and refuses a code of the other decision", async () => {
    const s = await world.actor("secretariat");
    const id = await submit("No reason given");
    await expect(decideContribution(s, { decision: "reject", contributionId: id, expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(ZDecisionInput.safeParse({ decision: "reject", contributionId: id, expectedStatus: "SUBMITTED", reason: "", reasonCode: "TOO_LONG" }).success).toBe(false);
    expect(ZDecisionInput.safeParse({ decision: "reject", contributionId: id, expectedStatus: "SUBMITTED", reason: "", reasonCode: "" }).success).toBe(true);
    expect((await db.contribution.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("applies a code to every item of a bulk decision, each audited on its own", async () => {
    const s = await world.actor("secretariat");
    const ids = [await submit("Bulk one"), await submit("Bulk two")];
    const results = await bulkDecide(s, { decision: "requestChanges", reason: "", reasonCode: "ACTION_LINES_UNCLEAR", items: ids.map((contributionId) => ({ contributionId, expectedStatus: "SUBMITTED" })) });
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    for (const id of ids) {
      expect((await lastAudit(id)).data).toEqual({ reasonCode: "ACTION_LINES_UNCLEAR" });
      expect((await lastEmail(id)).text).toContain("Please state clearly which WSIS Action Lines your contribution addresses.");
    }
  });
});
