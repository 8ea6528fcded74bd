/**
 * Issue 12 items 17 and 18. Noncharacters (U+FFFE, U+FFFF, U+FDD0…) are refused at input with
 * the localised "invalidCharacters" message and never reach the Atom feed; text is stored and
 * searched in NFC, so decomposed (NFD) text and queries match their composed forms.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { ZContributionInput } from "@/lib/schemas/contribution";
import { isStorable } from "@/lib/schemas/text";
import { fieldErrorsOf } from "@/lib/schemas/text";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { GET as feed } from "@/app/feed.xml/route";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const NFC_AR = "شؤون الإنترنت";
const NFD_AR = NFC_AR.normalize("NFD");

async function publish(fields: Partial<TContributionInput>) {
  const parsed = ZContributionInput.parse(contributionInput(world, fields));
  const { id } = await submitContribution(await world.actor("contributor"), parsed);
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  return id;
}
const titles = async (q: string) => (await searchPublished(parsePublicSearch({ q }))).rows.map((r) => r.title);

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  expect(NFD_AR).not.toBe(NFC_AR);
  await publish({ title: `مقترح ${NFC_AR}`, summary: "ملخص", body: "نص", language: "ar" });
  // Pasted in decomposed form: stored composed.
  await publish({ title: "Les télécommunications".normalize("NFD"), summary: `Résumé ${NFD_AR}`, body: "Corps", language: "fr" });
});

describe("noncharacters (XML 1.0)", () => {
  it("are refused at input with the invalidCharacters message", () => {
    for (const bad of ["\uFFFE", "\uFFFF", "\uFDD0", "\u{1FFFF}", "\u{10FFFE}"]) {
      expect(isStorable(`a${bad}b`)).toBe(false);
      const r = ZContributionInput.safeParse(contributionInput(world, { title: `Title ${bad}`, summary: `Summary ${bad}` }));
      expect(r.success).toBe(false);
      expect(fieldErrorsOf(r.error!)).toMatchObject({ title: ["invalidCharacters"], summary: ["invalidCharacters"] });
    }
    expect(isStorable("Arabic مرحبا, Chinese 你好, emoji 😀, U+FFFD �")).toBe(true);
  });

  it("never reach the Atom feed, even from data stored before the rule", async () => {
    const id = await publish({ title: "Feed title", summary: "Feed summary" });
    await db.$executeRaw`UPDATE "Contribution" SET "title" = ${"Bad \uFFFE title \uFFFF"}, "summary" = ${"Bad \u0001 summary"} WHERE "id" = ${id}`;
    const xml = await (await feed(new Request("http://localhost/feed.xml"))).text();
    expect(xml).toContain("Bad  title ");
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe("NFC", () => {
  it("stores decomposed input composed", async () => {
    const row = await db.contribution.findFirstOrThrow({ where: { language: "fr" } });
    expect(row.title).toBe("Les télécommunications".normalize("NFC"));
    expect(row.summary.isWellFormed() && row.summary === row.summary.normalize("NFC")).toBe(true);
  });

  it("finds composed Arabic with a decomposed query, and the reverse", async () => {
    expect(await titles(NFD_AR)).toContain(`مقترح ${NFC_AR}`);
    expect(await titles(NFC_AR)).toContain(`مقترح ${NFC_AR}`);
    expect(await titles("télécommunications".normalize("NFD"))).toContain("Les télécommunications");
  });
});
