/**
 * Issue 15 item 11: the search help promises "-word to exclude" and "quotes" for a phrase. The
 * query is parsed in six configurations and ORed, so one configuration's negation was undone by
 * another's match (`rural -affordable` found a text containing "affordable": the English query
 * said NOT 'afford', the simple one matched 'rural' and had no 'afford' to exclude). Exclusions
 * now hold across every language (ANDed), phrases keep holding, in the public search and the
 * secretariat's queue (one matching rule).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { parseQueueQuery } from "@/lib/schemas/queue";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { splitQuery } from "@/lib/services/search/text-match";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;

async function publish(fields: Partial<TContributionInput>) {
  const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, fields));
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
}

const titles = async (q: string) => (await searchPublished(parsePublicSearch({ q }))).rows.map((r) => r.title).sort();
const queueTitles = async (q: string) => (await listQueue(await world.actor("secretariat"), parseQueueQuery({ q }))).rows.map((r) => r.title).sort();

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  await publish({ title: "Rural broadband", summary: "Affordable access in rural areas", body: "Rural broadband must be affordable.", language: "en" });
  await publish({ title: "Rural schools", summary: "Connecting rural schools", body: "Teachers in rural schools need connectivity.", language: "en" });
  await publish({ title: "Accès rural", summary: "Le haut débit rural abordable", body: "Les zones rurales et le haut débit.", language: "fr" });
  await publish({ title: "国际电信联盟的作用", summary: "国际电信联盟支持数字技能", body: "数字技能", language: "zh" });
  await publish({ title: "数字技能培训", summary: "数字技能", body: "培训", language: "zh" });
  await publish({ title: "Broadband in cities", summary: "Urban networks", body: "Broadband for rural users is not the topic; urban broadband is.", language: "en" });
});

describe("search operators across languages", () => {
  it("-word excludes in every language's parse", async () => {
    expect(await titles("rural")).toEqual(["Accès rural", "Broadband in cities", "Rural broadband", "Rural schools"]);
    expect(await titles("rural -affordable")).toEqual(["Accès rural", "Broadband in cities", "Rural schools"]);
    expect(await titles("rural -abordable")).toEqual(["Broadband in cities", "Rural broadband", "Rural schools"]);
    expect(await titles("rural -schools -affordable")).toEqual(["Accès rural", "Broadband in cities"]);
    expect(await queueTitles("rural -affordable")).toEqual(["Accès rural", "Broadband in cities", "Rural schools"]);
  });

  it("a Chinese exclusion holds on the substring arm too", async () => {
    expect(await titles("数字技能")).toEqual(["国际电信联盟的作用", "数字技能培训"]);
    expect(await titles("数字技能 -电信")).toEqual(["数字技能培训"]);
    expect(await titles("数字技能 -培训")).toEqual(["国际电信联盟的作用"]);
  });

  it("an excluded phrase excludes the phrase only", async () => {
    expect(await titles('rural -"rural schools"')).toEqual(["Accès rural", "Broadband in cities", "Rural broadband"]);
  });

  it("a phrase matches words in that order only, in any language's parse", async () => {
    expect(await titles('"rural broadband"')).toEqual(["Rural broadband"]);
    expect(await titles('"rural broadband" -schools')).toEqual(["Rural broadband"]);
    expect(await titles('"broadband rural"')).toEqual([]);
  });

  it("a query of exclusions only lists what lacks the words", async () => {
    expect(await titles("-rural")).toEqual(["国际电信联盟的作用", "数字技能培训"]);
    expect(await titles("-schools -数字")).toEqual(["Accès rural", "Broadband in cities", "Rural broadband"]);
  });

  it("splits the typed query into what to find and what to exclude", () => {
    expect(splitQuery('rural -affordable "fixed wireless" -"last mile" or x')).toMatchObject({ include: 'rural "fixed wireless" or x', exclude: 'affordable OR "last mile"' });
    expect(splitQuery("e-government - rural")).toMatchObject({ include: "e-government - rural", exclude: "" });
  });
});
