/**
 * Language versions of a published document (issue 14 item 2) on a real PostgreSQL: attached by
 * the secretariat only, one per language, never the original's, two at once → one wins; public
 * search finds each version in its own language; the open-data API, the CSV and the exports carry
 * them; a compilation in one language falls back to the original.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { saveLanguageVersion, listLanguageVersions } from "@/lib/services/documents/language-versions";
import { submitDocumentPart } from "@/lib/services/documents/submit-part";
import { decideDocumentPart } from "@/lib/services/documents/decide-part";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { publicCsvResponse } from "@/lib/services/open-data/public-csv";
import { loadExportRecords } from "@/lib/services/exports/load-export-records";
import { inLanguage } from "@/lib/exports/record";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { ANONYMOUS } from "@/lib/auth/permissions";
import type { TLanguageVersionInput } from "@/lib/schemas/language-version";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let id: string;
const DOC = "CWG-WSIS&SDG/WSIS20/1";
const french = (over: Partial<TLanguageVersionInput> = {}): TLanguageVersionInput => ({ contributionId: id, language: "fr", title: "Maintenir la facilitation des grandes orientations C2 et C5", summary: "L'UIT devrait continuer à faciliter C2 et C5.", body: "Texte intégral de la contribution sur les infrastructures.", expectedUpdatedAt: "", ...over });

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  id = (await submitContribution(await world.actor("contributor"), contributionInput(world))).id;
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
});

describe("attaching a language version", () => {
  it("the secretariat attaches a French version: audited, numbered -F, public with the document", async () => {
    const r = await saveLanguageVersion(await world.actor("secretariat"), french());
    expect(r.documentNumber).toBe(`${DOC}-F`);
    expect(await db.auditEvent.count({ where: { action: "document.translation.save", contributionId: id } })).toBe(1);
    const [v] = await listLanguageVersions(ANONYMOUS, id);
    expect(v).toMatchObject({ language: "fr", documentNumber: `${DOC}-F`, title: french().title });
  });

  it("after Rev.1, a new version translates Rev.1 (…(Rev.1)-S)", async () => {
    const { partId } = await submitDocumentPart(await world.actor("contributor"), { contributionId: id, kind: "REVISION", title: "Revised title", summary: "", body: "Revised body." });
    await decideDocumentPart(await world.actor("secretariat"), { partId, decision: "accept", expectedStatus: "SUBMITTED", reason: "" });
    expect((await saveLanguageVersion(await world.actor("admin"), french({ language: "es", title: "Título revisado" }))).documentNumber).toBe(`${DOC}(Rev.1)-S`);
  });

  it("refuses the original's language, anyone but the secretariat, and an unpublished document", async () => {
    const s = await world.actor("secretariat");
    await expect(saveLanguageVersion(s, french({ language: "en" }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { language: ["originalLanguage"] } });
    await expect(saveLanguageVersion(await world.actor("contributor"), french())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveLanguageVersion(ANONYMOUS, french())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const draft = (await submitContribution(await world.actor("contributor"), contributionInput(world))).id;
    await expect(saveLanguageVersion(s, french({ contributionId: draft }))).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await db.languageVersion.count()).toBe(0);
  });

  it("two people attaching the same language at once: one wins, the other is told; an edit of a stale version is refused", async () => {
    const results = await Promise.allSettled([saveLanguageVersion(await world.actor("secretariat"), french()), saveLanguageVersion(await world.actor("admin"), french({ title: "Autre titre" }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CHANGED_MEANWHILE" });
    const [v] = await listLanguageVersions(await world.actor("secretariat"), id);
    const edited = await saveLanguageVersion(await world.actor("secretariat"), french({ title: "Titre corrigé", expectedUpdatedAt: v.updatedAt.toISOString() }));
    expect(edited.documentNumber).toBe(`${DOC}-F`);
    await expect(saveLanguageVersion(await world.actor("admin"), french({ title: "Trop tard", expectedUpdatedAt: v.updatedAt.toISOString() }))).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect((await db.languageVersion.findFirstOrThrow()).title).toBe("Titre corrigé");
  });
});

describe("where language versions appear", () => {
  beforeEach(async () => {
    await saveLanguageVersion(await world.actor("secretariat"), french());
  });

  it("public search finds the document by a French word of its French version (French stemming)", async () => {
    // "infrastructure" (singular) matches "infrastructures" through the French configuration only.
    const rows = (await searchPublished(parsePublicSearch({ q: "infrastructure" }))).rows;
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect((await searchPublished(parsePublicSearch({ q: "facilitation orientations" }))).rows.map((r) => r.id)).toEqual([id]);
    expect((await searchPublished(parsePublicSearch({ q: "zzzunknownword" }))).rows).toEqual([]);
  });

  it("the open-data API and the public CSV carry each version with its number", async () => {
    const { data } = await listPublicContributions(parsePublicSearch({}), null, 10, "https://portal.example");
    expect(data[0].languageVersions).toEqual([{ language: "fr", documentNumber: `${DOC}-F`, title: french().title, summary: french().summary, body: french().body }]);
    const csv = await (await publicCsvResponse(new URLSearchParams(), "https://portal.example")).text();
    expect(csv).toContain("Language versions");
    expect(csv).toContain(`fr: ${DOC}-F`);
  });

  it("the secretariat's exports carry them, and a compilation in one language uses the version, else the original", async () => {
    const records = [];
    for await (const r of loadExportRecords(await world.actor("secretariat"), parseQueueQuery({}))) records.push(r);
    expect(records[0].languageVersions?.map((v) => v.documentNumber)).toEqual([`${DOC}-F`]);
    expect(inLanguage(records[0], "fr")).toMatchObject({ title: french().title, language: "fr", documentNumber: `${DOC}-F` });
    // No Russian version: the original.
    expect(inLanguage(records[0], "ru")).toBe(records[0]);
    expect(inLanguage(records[0], "en")).toBe(records[0]);
  });
});
