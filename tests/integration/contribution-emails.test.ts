import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { listContributionEmails } from "@/lib/services/contributions/contribution-emails";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let id: string;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  id = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "E-mails in the timeline" }))).id;
  await decideContribution(await world.actor("secretariat"), { decision: "requestChanges", contributionId: id, expectedStatus: "SUBMITTED", reason: "Add sources." });
  // An e-mail about the contribution to someone else (e.g. another organisation's focal point).
  await db.outboundEmail.create({ data: { to: "etu.fp@example.org", locale: "ar", kind: "cosponsorInvitation", subject: "s", text: "t", contributionId: id, status: "FAILED" } });
});

describe("e-mails in the contribution's timeline", () => {
  it("shows the secretariat every e-mail: recipient, template, status, time (never the text)", async () => {
    const emails = await listContributionEmails(await world.actor("secretariat"), id);
    expect(emails.map((e) => [e.to, e.kind, e.status])).toEqual([
      ["c@example.org", "receipt", "PENDING"],
      ["c@example.org", "changesRequested", "PENDING"],
      ["etu.fp@example.org", "cosponsorInvitation", "FAILED"],
    ]);
    expect(Object.keys(emails[0]).sort()).toEqual(["createdAt", "id", "kind", "sentAt", "status", "to"]);
  });

  it("shows a contributor only the e-mails sent to them, and others nothing", async () => {
    expect((await listContributionEmails(await world.actor("contributor"), id)).map((e) => e.kind)).toEqual(["receipt", "changesRequested"]);
    expect(await listContributionEmails(await world.actor("focalPoint"), id)).toEqual([]);
    expect(await listContributionEmails(await world.actor("otherOrg"), id)).toEqual([]);
    expect(await listContributionEmails(ANONYMOUS, id)).toEqual([]);
  });
});
