import { beforeEach, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getContribution, getPublishedContribution } from "@/lib/services/contributions/get-contribution";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { listOrganisationContributions } from "@/lib/services/contributions/list-organisation-contributions";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let ids: { accepted: string; rejected: string; submitted: string; draft: string };
let refs: { accepted: string; rejected: string; submitted: string };

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  const s = await world.actor("secretariat");
  const a = await submitContribution(c, contributionInput(world, { title: "Accepted one" }));
  const r = await submitContribution(c, contributionInput(world, { title: "Rejected one" }));
  const p = await submitContribution(c, contributionInput(world, { title: "Pending one" }));
  await decideContribution(s, { decision: "accept", contributionId: a.id, expectedStatus: "SUBMITTED", reason: "" });
  await decideContribution(s, { decision: "reject", contributionId: r.id, expectedStatus: "SUBMITTED", reason: "No." });
  const draft = await db.contribution.create({
    data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title: "Draft one", summary: "s", body: "b", language: "en" },
  });
  ids = { accepted: a.id, rejected: r.id, submitted: p.id, draft: draft.id };
  refs = { accepted: a.referenceNumber, rejected: r.referenceNumber, submitted: p.referenceNumber };
});

describe("who sees what", () => {
  it("shows the public only published contributions", async () => {
    expect((await getPublishedContribution(refs.accepted))?.title).toBe("Accepted one");
    expect(await getPublishedContribution(refs.rejected)).toBeNull();
    expect(await getPublishedContribution(refs.submitted)).toBeNull();
    const list = await searchPublished(parsePublicSearch({}));
    expect(list.rows.map((r) => r.title)).toEqual(["Accepted one"]);
    expect(await getContribution(ANONYMOUS, ids.submitted)).toBeNull();
  });

  it("shows an organisation's members all its contributions, drafts included, and nobody else's", async () => {
    const own = await listOrganisationContributions(await world.actor("focalPoint"));
    expect(own.map((r) => r.title).sort()).toEqual(["Accepted one", "Draft one", "Pending one", "Rejected one"]);
    expect(await listOrganisationContributions(await world.actor("otherOrg"))).toEqual([]);
    expect(await getContribution(await world.actor("otherOrg"), ids.submitted)).toBeNull();
    expect(await getContribution(await world.actor("unverified"), ids.draft)).toBeNull();
    expect((await getContribution(await world.actor("otherOrg"), ids.accepted))?.title).toBe("Accepted one");
  });

  it("gives the secretariat every contribution but drafts, filtered and sorted stably", async () => {
    const s = await world.actor("secretariat");
    expect(await getContribution(s, ids.draft)).toBeNull();
    const all = await listQueue(s, parseQueueQuery({}));
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.title)).toEqual(["Pending one", "Rejected one", "Accepted one"]); // newest first
    const rejected = await listQueue(s, parseQueueQuery({ status: "REJECTED" }));
    expect(rejected.rows.map((r) => r.title)).toEqual(["Rejected one"]);
    const byTitle = await listQueue(s, parseQueueQuery({ sort: "title", dir: "asc", size: "25" }));
    expect(byTitle.rows.map((r) => r.title)).toEqual(["Accepted one", "Pending one", "Rejected one"]);
    const tolerant = await listQueue(s, parseQueueQuery({ status: "BOGUS", sort: "x; DROP", page: "-3", size: "7" }));
    expect(tolerant.total).toBe(3);
  });

  it("keeps pages disjoint and complete with equal sort keys (id tiebreaker)", async () => {
    const c = await world.actor("contributor");
    for (let i = 0; i < 30; i++) await submitContribution(c, contributionInput(world, { title: "Same title" }));
    await db.contribution.updateMany({ data: { submittedAt: new Date("2026-11-01T00:00:00Z") } });
    const s = await world.actor("secretariat");
    const seen: string[] = [];
    for (let page = 1; page <= 2; page++) seen.push(...(await listQueue(s, parseQueueQuery({ page: String(page), size: "25" }))).rows.map((r) => r.id));
    expect(seen).toHaveLength(33);
    expect(new Set(seen).size).toBe(33);
  });

  it("refuses the queue to contributors and the public", async () => {
    await expect(listQueue(await world.actor("contributor"), parseQueueQuery({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listQueue(ANONYMOUS, parseQueueQuery({}))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
