import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { loadExportRecords } from "@/lib/services/exports/load-export-records";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { upsertUser } from "@/prisma/factories";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const exa = await world.actor("contributor");
  const etu = await world.actor("otherOrg");
  await submitContribution(etu, contributionInput(world, { organisationId: world.etu.id, title: "مقترح بشأن المعلومات", summary: "تعزيز مجتمع المعلومات", body: "نصّ المساهمة حول الأمن السيبراني", language: "ar" }));
  await submitContribution(exa, contributionInput(world, { title: "国际电信联盟的作用", summary: "关于信息社会的贡献", body: "国际电信联盟支持数字技能", language: "zh" }));
  await submitContribution(exa, contributionInput(world, { title: "Digital skills for all", summary: "Building skills in every region", body: "Capacity building is essential.", language: "en" }));
  await submitContribution(exa, contributionInput(world, { title: "Les télécommunications", summary: "Infrastructure", body: "Réseaux", language: "fr" }));
  // Drafts (one with the same words): never in the queue, nor in its search.
  for (const title of ["Digital skills draft", "国际电信联盟草稿"]) {
    await db.contribution.create({ data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title, summary: "skills 电信联盟", body: "skills", language: "en" } });
  }
});

const search = async (q: string, actorKey: "secretariat" | "admin" = "secretariat", extra: Record<string, string> = {}) =>
  (await listQueue(await world.actor(actorKey), parseQueueQuery({ q, sort: "title", dir: "asc", ...extra }))).rows.map((r) => r.title);

describe("full-text search in the secretariat queue", () => {
  it("finds Arabic whatever its diacritics and letter variants", async () => {
    expect(await search("المعلومات")).toEqual(["مقترح بشأن المعلومات"]);
    expect(await search("مُقْتَرَح")).toEqual(["مقترح بشأن المعلومات"]);
    expect(await search("السيبراني")).toEqual(["مقترح بشأن المعلومات"]); // body
  });

  it("finds Chinese by substring and English by stem, over title, summary and body", async () => {
    expect(await search("电信联盟")).toEqual(["国际电信联盟的作用"]);
    expect(await search("数字技能")).toEqual(["国际电信联盟的作用"]);
    expect(await search("skill")).toEqual(["Digital skills for all"]);
    expect(await search("built")).toEqual([]);
    expect(await search("capacity")).toEqual(["Digital skills for all"]);
    expect(await search("télécommunication")).toEqual(["Les télécommunications"]);
  });

  it("combines with the other filters, counts only matches, and ignores an empty query", async () => {
    expect(await search("skills", "secretariat", { lang: "ar" })).toEqual([]);
    const page = await listQueue(await world.actor("secretariat"), parseQueueQuery({ q: "skills" }));
    expect(page.total).toBe(1);
    expect(await search("   ")).toHaveLength(4);
    expect(parseQueueQuery({ q: "x".repeat(201) }).q).toBeUndefined();
  });

  it("never returns drafts, even to a secretariat member who belongs to the drafts' organisation", async () => {
    const both = await upsertUser(db, { email: "both@example.org", name: "Bo", role: "SECRETARIAT", organisationId: world.exa.id });
    const { loadActor } = await import("@/lib/auth/load-actor");
    const actor = (await loadActor(both.id))!;
    const titles = async (q: string) => (await listQueue(actor, parseQueueQuery({ q }))).rows.map((r) => r.title);
    expect(await titles("skills")).toEqual(["Digital skills for all"]);
    expect(await titles("电信联盟")).toEqual(["国际电信联盟的作用"]);
    expect(await search("draft")).toEqual([]);
  });

  it("is refused to contributors, focal points and anonymous callers", async () => {
    for (const key of ["contributor", "focalPoint", "outsider"] as const) {
      await expect(listQueue(await world.actor(key), parseQueueQuery({ q: "skills" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listQueue(ANONYMOUS, parseQueueQuery({ q: "skills" }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("is followed by the exports", async () => {
    const titles: string[] = [];
    for await (const r of loadExportRecords(await world.actor("secretariat"), parseQueueQuery({ q: "电信联盟 OR skills" }))) titles.push(r.title);
    expect(titles.sort()).toEqual(["Digital skills for all"]);
    const chinese: string[] = [];
    for await (const r of loadExportRecords(await world.actor("admin"), parseQueueQuery({ q: "电信联盟" }))) chinese.push(r.title);
    expect(chinese).toEqual(["国际电信联盟的作用"]);
  });
});
