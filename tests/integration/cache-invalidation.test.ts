/**
 * Publishing is announced to every app server (lib/cache/invalidation.ts, PostgreSQL
 * LISTEN/NOTIFY), and the public list's counts need no such announcement: they are kept with the
 * data (issue 16 item 2), so a contribution another server publishes is counted here at once.
 * "Another server" here is a separate PostgreSQL session that publishes behind this process's back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { changePublication } from "@/lib/services/contributions/publication";
import { saveLanguageVersion } from "@/lib/services/documents/language-versions";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { listenForInvalidations, onInvalidation, type Listener } from "@/lib/cache/invalidation";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let listener: Listener;
const total = async () => (await searchPublished(parsePublicSearch({}))).total;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  listener = listenForInvalidations(process.env.DATABASE_URL!);
  await listener.ready;
});
afterAll(() => listener.stop());

async function submitted(title: string) {
  return (await submitContribution(await world.actor("contributor"), contributionInput(world, { title }))).id;
}

describe("cache invalidation across app servers", () => {
  it("announces a publication, and counts what another server publishes at once, without waiting for its NOTIFY", { timeout: 30_000 }, async () => {
    const first = await submitted("Published here");
    let announced = 0;
    onInvalidation("published-list", () => announced++);
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: first, expectedStatus: "SUBMITTED", reason: "" });
    // Forgotten here at once, and again when this server's own NOTIFY comes back.
    const until = Date.now() + 5_000;
    while (announced < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(announced).toBe(2);
    expect(await total()).toBe(1);

    // Another server accepts one and has not announced it (or its NOTIFY is lost): the list's
    // counts are right here at once. (Before issue 16 they were a per-process cache kept for 30 s.)
    const second = await submitted("Published elsewhere");
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query(`UPDATE "Contribution" SET "status" = 'ACCEPTED', "documentNumber" = 'CWG-WSIS&SDG/WSIS20/99', "decidedAt" = now(), "publishedAt" = now() WHERE "id" = $1`, [second]);
    await other.end();
    expect(await total()).toBe(2);
    const page = await searchPublished(parsePublicSearch({}));
    expect(page.facets.lang).toEqual([{ value: "en", count: 2 }]);
  });

  it("announces an unpublication apart, so public pages drop the document at once; a republication and a language version as a publication", { timeout: 30_000 }, async () => {
    const id = await submitted("Unpublished later");
    const secretariat = await world.actor("secretariat");
    const heard: string[] = [];
    onInvalidation("published-withdrawn", () => heard.push("withdrawn"));
    onInvalidation("published-list", () => heard.push("list"));
    const hear = async (n: number) => {
      const until = Date.now() + 5_000;
      while (heard.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 100)); // nothing more comes
      return heard.splice(0);
    };
    await decideContribution(secretariat, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
    // Here at once, then from this server's own NOTIFY.
    expect(await hear(2)).toEqual(["list", "list"]);
    await changePublication(secretariat, { action: "unpublish", contributionId: id, expectedStatus: "ACCEPTED", reason: "Asked by the organisation." });
    expect(await hear(2)).toEqual(["withdrawn", "withdrawn"]);
    await changePublication(secretariat, { action: "republish", contributionId: id, expectedStatus: "UNPUBLISHED", reason: "" });
    expect(await hear(2)).toEqual(["list", "list"]);
    // A language version is searched and shown on the list too.
    await saveLanguageVersion(secretariat, { contributionId: id, language: "fr", title: "Publié plus tard", summary: "Résumé", body: "Texte", expectedUpdatedAt: "" });
    expect(await hear(2)).toEqual(["list", "list"]);
  });
});
