/**
 * Issue 12 item 19: sorting by title followed code points (the database's C.UTF-8 collation):
 * every capital before any lower-case letter, accented letters after "z". The queue sorts titles
 * with the ICU root collation of the embedded PostgreSQL (which has ICU).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const TITLES = ["banana policy", "Apple policy", "Éducation numérique", "cherry policy", "Zebra crossing", "eGovernment"];
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  for (const title of TITLES) await submitContribution(await world.actor("contributor"), contributionInput(world, { title }));
});

describe("title order", () => {
  it("has ICU collations in the database", async () => {
    const rows = await db.$queryRaw<{ collname: string }[]>`SELECT collname::text FROM pg_collation WHERE collprovider = 'i' AND collname = 'und-x-icu'`;
    expect(rows).toHaveLength(1);
  });

  it("has an ICU collation for each of the six interface languages", async () => {
    const rows = await db.$queryRaw<{ collname: string }[]>`SELECT collname::text FROM pg_collation WHERE collprovider = 'i' AND collname IN ('en-x-icu', 'ar-x-icu', 'fr-x-icu', 'es-x-icu', 'ru-x-icu', 'zh-x-icu') ORDER BY 1`;
    expect(rows.map((r) => r.collname)).toEqual(["ar-x-icu", "en-x-icu", "es-x-icu", "fr-x-icu", "ru-x-icu", "zh-x-icu"]);
  });

  it("sorts Chinese titles by pinyin for a Chinese reader, and keeps the root order for others", async () => {
    // 阿 (ā) comes before 中 (zhōng) in pinyin; by code point (and the root collation's Han order) 中 U+4E2D comes first.
    const secretariat = await world.actor("secretariat");
    const ids: string[] = [];
    for (const title of ["中国的宽带", "阿拉伯地区的宽带"]) ids.push((await submitContribution(await world.actor("contributor"), contributionInput(world, { title }))).id);
    const han = (rows: { title: string }[]) => rows.map((r) => r.title).filter((t) => /\p{Script=Han}/u.test(t));
    const zh = await listQueue(secretariat, parseQueueQuery({ sort: "title", dir: "asc" }, "zh"));
    expect(han(zh.rows)).toEqual(["阿拉伯地区的宽带", "中国的宽带"]);
    const en = await listQueue(secretariat, parseQueueQuery({ sort: "title", dir: "asc" }, "en"));
    expect(han(en.rows)).toEqual(["中国的宽带", "阿拉伯地区的宽带"]);
    // An unknown language falls back to the root collation (never an identifier from input).
    const other = await listQueue(secretariat, parseQueueQuery({ sort: "title", dir: "asc" }, 'x"; DROP TABLE "Contribution"; --'));
    expect(han(other.rows)).toEqual(["中国的宽带", "阿拉伯地区的宽带"]);
    await db.contribution.deleteMany({ where: { id: { in: ids } } });
  });

  it("sorts the queue by title as people read, not by code point", async () => {
    const page = await listQueue(await world.actor("secretariat"), parseQueueQuery({ sort: "title", dir: "asc" }));
    expect(page.rows.map((r) => r.title)).toEqual(["Apple policy", "banana policy", "cherry policy", "Éducation numérique", "eGovernment", "Zebra crossing"]);
  });
});
