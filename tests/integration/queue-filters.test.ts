import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const exa = await world.actor("contributor");
  const etu = await world.actor("otherOrg");
  const a = await submitContribution(exa, contributionInput(world, { title: "EXA English C2", language: "en", actionLines: ["C2"], sdgs: [9] }));
  await submitContribution(exa, contributionInput(world, { title: "EXA Arabic C7", language: "ar", actionLines: ["C7"], sdgs: [4] }));
  await submitContribution(etu, contributionInput(world, { organisationId: world.etu.id, title: "ETU French C2", language: "fr", actionLines: ["C2", "C11"], sdgs: [17] }));
  await db.contribution.updateMany({ where: { title: "EXA English C2" }, data: { submittedAt: new Date("2026-10-01T12:00:00Z") } });
  await db.contribution.updateMany({ where: { title: "EXA Arabic C7" }, data: { submittedAt: new Date("2026-10-02T23:59:00Z") } });
  await db.contribution.updateMany({ where: { title: "ETU French C2" }, data: { submittedAt: new Date("2026-10-03T00:00:00Z") } });
  await db.attachment.create({ data: { contributionId: a.id, filename: "a.pdf", mediaType: "application/pdf", size: 10, sha256: "a".repeat(64), uploadedById: world.users.contributor.id } });
});

const titles = async (params: Record<string, string>) => (await listQueue(await world.actor("secretariat"), parseQueueQuery({ ...params, sort: "title", dir: "asc" }))).rows.map((r) => r.title);

describe("secretariat queue filters", () => {
  it("filters by Action Line, SDG, language, stakeholder group, category, region and country", async () => {
    expect(await titles({ al: "C2" })).toEqual(["ETU French C2", "EXA English C2"]);
    expect(await titles({ sdg: "4" })).toEqual(["EXA Arabic C7"]);
    expect(await titles({ lang: "fr" })).toEqual(["ETU French C2"]);
    expect(await titles({ group: "GOVERNMENT" })).toEqual(["EXA Arabic C7", "EXA English C2"]);
    expect(await titles({ cat: "SECTOR_MEMBER" })).toEqual(["ETU French C2"]);
    expect(await titles({ region: "B", al: "C7" })).toEqual(["EXA Arabic C7"]);
    expect(await titles({ country: "ch" })).toEqual(["EXA Arabic C7", "EXA English C2"]);
  });

  it("filters by whole submission days (both ends included) and by attachments", async () => {
    expect(await titles({ from: "2026-10-02", to: "2026-10-02" })).toEqual(["EXA Arabic C7"]);
    expect(await titles({ from: "2026-10-02" })).toEqual(["ETU French C2", "EXA Arabic C7"]);
    expect(await titles({ attachments: "yes" })).toEqual(["EXA English C2"]);
    expect(await titles({ attachments: "no" })).toEqual(["ETU French C2", "EXA Arabic C7"]);
  });

  it("ignores malformed values rather than failing", async () => {
    expect(await titles({ al: "C42", sdg: "99", country: "XQ", from: "2026-13-45", attachments: "maybe" })).toHaveLength(3);
  });
});
