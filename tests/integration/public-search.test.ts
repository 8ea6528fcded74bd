import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { searchPublished, MARK_START, MARK_END } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;

async function publish(fields: Partial<TContributionInput>, organisation: "exa" | "etu" = "exa") {
  const actor = await world.actor(organisation === "exa" ? "contributor" : "otherOrg");
  const { id } = await submitContribution(actor, contributionInput(world, { organisationId: world[organisation].id, ...fields }));
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  return id;
}

const titles = async (params: Record<string, string>) => (await searchPublished(parsePublicSearch(params))).rows.map((r) => r.title).sort();

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  await publish({ title: "مقترح بشأن المعلومات", summary: "تعزيز مجتمع المعلومات في المنطقة العربية", body: "نصّ المساهمة حول الأمن السيبراني", language: "ar", actionLines: ["C5"] }, "etu");
  await publish({ title: "国际电信联盟的作用", summary: "关于信息社会世界峰会的贡献", body: "国际电信联盟支持数字技能", language: "zh", actionLines: ["C4"], sdgs: [4] });
  await publish({ title: "Digital skills for all", summary: "Building digital skills in every region", body: "Capacity building is essential.", language: "en", actionLines: ["C4"], sdgs: [4, 9] });
  await publish({ title: "Les télécommunications au service du développement", summary: "Infrastructure", body: "Les réseaux de télécommunication", language: "fr", actionLines: ["C2"] });
  await publish({ title: "Цифровые навыки", summary: "Развитие цифровых навыков", body: "Образование", language: "ru", actionLines: ["C4"] });
  await publish({ title: "Ciberseguridad regional", summary: "Cooperación entre países", body: "Las políticas de ciberseguridad", language: "es", actionLines: ["C5"] });
  // Submitted but not accepted: never found.
  await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Digital skills draft idea", summary: "skills", body: "skills" }));
});

describe("public full-text search in the six languages", () => {
  it("matches Arabic regardless of diacritics, tatweel and alef/yeh/teh marbuta variants", async () => {
    expect(await titles({ q: "المعلومات" })).toEqual(["مقترح بشأن المعلومات"]);
    expect(await titles({ q: "المعـــلومات" })).toEqual(["مقترح بشأن المعلومات"]); // tatweel
    expect(await titles({ q: "مُقْتَرَح" })).toEqual(["مقترح بشأن المعلومات"]); // diacritics
    expect(await titles({ q: "العربيه" })).toEqual(["مقترح بشأن المعلومات"]); // teh marbuta written as heh
  });

  it("finds Chinese by substring", async () => {
    expect(await titles({ q: "电信联盟" })).toEqual(["国际电信联盟的作用"]);
    expect(await titles({ q: "数字技能" })).toEqual(["国际电信联盟的作用"]);
    expect(await titles({ q: "联盟" })).toEqual(["国际电信联盟的作用"]); // two characters: the grams decide
    expect(await titles({ q: "盟" })).toEqual(["国际电信联盟的作用"]);
    // All the characters occur, but not in this order: no match.
    expect(await titles({ q: "联盟数字" })).toEqual([]);
    // Every character and adjacent pair of this query occurs (summary and title), yet not the
    // query itself: the grams make it a candidate, the substring test refuses it.
    expect(await titles({ q: "信息社会的作用" })).toEqual([]);
  });

  it("finds Chinese mixed with other characters by substring across title and summary, with facets", async () => {
    // Not Han only (a space): confirmed by ILIKE over "title summary body", which joins them with a space.
    expect(await titles({ q: "的作用 关于" })).toEqual(["国际电信联盟的作用"]);
    expect(await titles({ q: "的作用 关于x" })).toEqual([]);
    // The substring match combines with facet filters and counts.
    expect(await titles({ q: "电信联盟", lang: "zh", al: "C4" })).toEqual(["国际电信联盟的作用"]);
    expect(await titles({ q: "电信联盟", lang: "en" })).toEqual([]);
    const result = await searchPublished(parsePublicSearch({ q: "电信联盟", lang: "en" }));
    expect(result.total).toBe(0);
    expect(result.facets.lang).toEqual([{ value: "zh", count: 1 }]);
  });

  it("stems English, French, Spanish and Russian", async () => {
    expect(await titles({ q: "skill" })).toEqual(["Digital skills for all"]);
    expect(await titles({ q: "télécommunication" })).toEqual(["Les télécommunications au service du développement"]);
    expect(await titles({ q: "política" })).toEqual(["Ciberseguridad regional"]);
    expect(await titles({ q: "навык" })).toEqual(["Цифровые навыки"]);
    // Capitals outside ASCII fold too (the database's character classes are Unicode: C.UTF-8).
    expect(await titles({ q: "цифровые" })).toEqual(["Цифровые навыки"]);
    expect(await titles({ q: "ciberseguridad" })).toEqual(["Ciberseguridad regional"]);
  });

  it("never returns what is not published", async () => {
    expect(await titles({ q: "idea" })).toEqual([]);
    expect((await searchPublished(parsePublicSearch({}))).total).toBe(6);
  });

  it("highlights the matched words in the excerpt", async () => {
    const [row] = (await searchPublished(parsePublicSearch({ q: "skills" }))).rows;
    expect(row.excerpt).toContain(`${MARK_START}skills${MARK_END}`);
  });
});

describe("facets", () => {
  it("counts each facet with the other filters, and filters by each", async () => {
    const all = await searchPublished(parsePublicSearch({}));
    expect(all.facets.al).toEqual([
      { value: "C4", count: 3 },
      { value: "C5", count: 2 },
      { value: "C2", count: 1 },
    ]);
    expect(all.facets.lang.map((f) => f.count).reduce((a, b) => a + b)).toBe(6);
    expect(all.facets.group).toEqual([
      { value: "GOVERNMENT", count: 5 },
      { value: "INTERNATIONAL_ORGANIZATION", count: 1 },
    ]);
    const c4 = await searchPublished(parsePublicSearch({ al: "C4" }));
    expect(c4.total).toBe(3);
    // The Action Line facet still shows the alternatives while C4 is chosen.
    expect(c4.facets.al.map((f) => f.value)).toEqual(["C4", "C5", "C2"]);
    // C4: Chinese (SDG 4), English (SDGs 4, 9), Russian (the default SDG 9).
    expect(c4.facets.sdg).toEqual([
      { value: "4", count: 2 },
      { value: "9", count: 2 },
    ]);
    expect(await titles({ al: "C5", group: "INTERNATIONAL_ORGANIZATION" })).toEqual(["مقترح بشأن المعلومات"]);
    expect(await titles({ sdg: "9", lang: "en" })).toEqual(["Digital skills for all"]);
    expect(await titles({ region: "B", cat: "MEMBER_STATE", q: "skills" })).toEqual(["Digital skills for all"]);
  });

  it("counts and filters by country, consultation, type and year of publication", async () => {
    const year = String(new Date().getUTCFullYear());
    const all = await searchPublished(parsePublicSearch({}));
    expect(all.facets.country).toEqual([{ value: "CH", count: 5 }]); // ETU has no country
    expect(all.facets.consultation).toEqual([{ value: world.consultation.id, count: 6 }]);
    expect(all.consultationTitles[world.consultation.id]).toMatchObject({ en: expect.any(String) });
    expect(all.facets.type).toEqual([{ value: "GENERAL_INPUT", count: 6 }]);
    expect(all.facets.year).toEqual([{ value: year, count: 6 }]);
    expect(await titles({ country: "ch" })).toHaveLength(5);
    expect(await titles({ country: "ch", lang: "ar" })).toEqual([]);
    expect(await titles({ consultation: world.consultation.id, lang: "fr" })).toEqual(["Les télécommunications au service du développement"]);
    expect(await titles({ type: "ACTION_LINE_REVISION" })).toEqual([]);
    expect(await titles({ year })).toHaveLength(6);
    expect(await titles({ year: "2001" })).toEqual([]);
    // Each facet is counted with the others' filters: choosing Arabic leaves no country to count.
    const arabic = await searchPublished(parsePublicSearch({ lang: "ar" }));
    expect(arabic.facets.country).toEqual([]);
    expect(arabic.facets.lang.length).toBe(6);
    // Unknown values are ignored, not errors.
    expect(await titles({ country: "XX", year: "nineteen", type: "OTHER", consultation: "../x" })).toHaveLength(6);
  });

  it("ignores unknown values instead of failing", async () => {
    expect((await searchPublished(parsePublicSearch({ al: "C99", sdg: "0", lang: "de", page: "-1" }))).total).toBe(6);
  });
});

describe("C7 sub-items", () => {
  it("stores C7 sub-items only with C7, and counts and filters by them", async () => {
    const withC7 = await publish({ title: "E-health and e-government", actionLines: ["C7", "C1"], c7SubItems: ["e-health", "e-government"] });
    const withoutC7 = await publish({ title: "Sub-items without C7", actionLines: ["C1"], c7SubItems: ["e-science"] });
    const stored = await db.contribution.findMany({ where: { id: { in: [withC7, withoutC7] } }, select: { title: true, c7SubItems: true }, orderBy: { title: "asc" } });
    expect(stored).toEqual([
      { title: "E-health and e-government", c7SubItems: ["e-government", "e-health"] }, // reference order
      { title: "Sub-items without C7", c7SubItems: [] },
    ]);
    const all = await searchPublished(parsePublicSearch({}));
    expect(all.facets.c7).toEqual([
      { value: "e-government", count: 1 },
      { value: "e-health", count: 1 },
    ]);
    expect(await titles({ c7: "e-health" })).toEqual(["E-health and e-government"]);
    expect(await titles({ c7: "e-science" })).toEqual([]);
    expect(await titles({ c7: "e-nonsense" })).toHaveLength(8); // unknown: no filter
  });
});
