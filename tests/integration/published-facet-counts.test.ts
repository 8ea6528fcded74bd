/**
 * The public list's facet counts are kept with the data ("PublishedFacetCount", issue 16 item 2):
 * after every kind of change (publish, unpublish by any status change, an edit of a published
 * contribution, an organisation's new group or country, a delete, a rolled-back change, a bulk
 * statement) they equal a fresh count over the published contributions, on any server at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { countPublishedFacetsAfresh, publishedListCounts, searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
});

async function accepted(overrides: Parameters<typeof contributionInput>[1] = {}) {
  const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, overrides));
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  return id;
}

/** The kept counts equal a fresh count, and the list page shows them. */
async function expectInStep() {
  const kept = await publishedListCounts();
  expect(kept).toEqual(await countPublishedFacetsAfresh());
  const page = await searchPublished(parsePublicSearch({}));
  expect(page.total).toBe(kept.total);
  expect(page.facets).toEqual(kept.facets);
  return kept;
}

describe("published facet counts kept with the data", () => {
  it("follow publishing, edits, organisation changes, unpublishing, deletes and rollbacks", { timeout: 60_000 }, async () => {
    expect((await expectInStep()).total).toBe(0);
    const first = await accepted({ actionLines: ["C2", "C5"], sdgs: [9], language: "en" });
    const second = await accepted({ actionLines: ["C5"], sdgs: [4, 9], language: "fr", organisationId: world.exa.id });
    let kept = await expectInStep();
    expect(kept.total).toBe(2);
    expect(kept.facets.al).toEqual([{ value: "C5", count: 2 }, { value: "C2", count: 1 }]);
    expect(kept.facets.group).toEqual([{ value: "GOVERNMENT", count: 2 }]);

    // A submitted (unpublished) contribution changes nothing.
    await submitContribution(await world.actor("contributor"), contributionInput(world, { actionLines: ["C9"] }));
    expect((await expectInStep()).facets.al.map((f) => f.value)).not.toContain("C9");

    // An edit of a published contribution's Action Lines, in one statement with others.
    await db.contribution.updateMany({ where: { id: { in: [first, second] } }, data: { actionLines: ["C7"] } });
    expect((await expectInStep()).facets.al).toEqual([{ value: "C7", count: 2 }]);

    // The organisation's group and country change: its published contributions move.
    await db.organisation.update({ where: { id: world.exa.id }, data: { stakeholderGroup: "CIVIL_SOCIETY", country: "KE" } });
    kept = await expectInStep();
    expect(kept.facets.group).toEqual([{ value: "CIVIL_SOCIETY", count: 2 }]);
    expect(kept.facets.country).toEqual([{ value: "KE", count: 2 }]);

    // Any status change away from published (what "unpublish" will do) takes it out at once.
    await db.contribution.update({ where: { id: second }, data: { status: "WITHDRAWN" } });
    kept = await expectInStep();
    expect(kept.total).toBe(1);
    expect(kept.facets.lang).toEqual([{ value: "en", count: 1 }]);

    // A change rolled back leaves the counts as they were.
    await db
      .$transaction(async (tx) => {
        await tx.contribution.update({ where: { id: first }, data: { status: "WITHDRAWN" } });
        throw new Error("rolled back");
      })
      .catch(() => {});
    expect((await expectInStep()).total).toBe(1);

    // Published again; then a bulk statement (a copy inserted as published) and its delete.
    await db.contribution.update({ where: { id: second }, data: { status: "ACCEPTED" } });
    expect((await expectInStep()).total).toBe(2);
    await db.$executeRaw`
      INSERT INTO "Contribution" ("id", "consultationId", "organisationId", "createdById", "type", "status", "title", "summary", "body", "language", "actionLines", "sdgs", "updatedAt", "publishedAt", "submittedAt", "decidedAt", "referenceNumber", "documentNumber")
      SELECT 'copy-' || g, "consultationId", "organisationId", "createdById", "type", "status", "title", "summary", "body", "language", ARRAY['C11'], "sdgs", now(), "publishedAt", "submittedAt", "decidedAt", 'COPY-' || g, 'COPY/' || g
      FROM "Contribution", generate_series(1, 3) g WHERE "id" = ${first}`;
    kept = await expectInStep();
    expect(kept.total).toBe(5);
    expect(kept.facets.al).toContainEqual({ value: "C11", count: 3 });
    await db.$executeRaw`DELETE FROM "Contribution" WHERE "id" LIKE 'copy-%'`;
    kept = await expectInStep();
    expect(kept.total).toBe(2);
    expect(kept.facets.al.map((f) => f.value)).not.toContain("C11");
  });
});
