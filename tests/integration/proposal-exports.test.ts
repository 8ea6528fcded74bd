/**
 * Revision proposals in the secretariat's exports: JSON carries them structured; the DOCX shows
 * each in ITU's form with real tracked changes (w:ins / w:del) and a synoptic table per Action
 * Line, read back from word/document.xml. The secretariat's notes on proposals never appear.
 */
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { ZContributionInput } from "@/lib/schemas/contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideProposal } from "@/lib/services/proposals/decide-proposal";
import { exportResponse } from "@/lib/services/exports/export-response";
import type { Actor } from "@/lib/auth/permissions";
import { resetDatabase, db } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

const NOTE = "Secretariat note on the proposal: internal";
let world: World;
let secretariat: Actor;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  secretariat = await world.actor("secretariat");
  const input = ZContributionInput.parse({
    ...contributionInput(world),
    type: "ACTION_LINE_REVISION",
    language: "ar",
    title: "مقترح مراجعة C2 (2025)",
    actionLines: ["C2"],
    proposals: [
      { marker: "MOD", ref: "9 d) i)", text: "broaden access to orbital and spectrum resources, global frequency harmonization and global systems standardization;", reasons: "الطيف مهم (2025)." },
      { marker: "SUP", ref: "9 e)", text: "", reasons: "مشمول في 9 d)." },
      { marker: "ADD", ref: "9 l)", text: "Promote open satellite data for development.", reasons: "جديد." },
    ],
  });
  const { id } = await submitContribution(await world.actor("contributor"), input);
  const first = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: id, position: 1 } });
  await decideProposal(secretariat, { proposalId: first.id, expectedDecision: "PENDING", decision: "ACCEPTED", note: NOTE });
});

async function download(format: string) {
  const res = await exportResponse(secretariat, new URLSearchParams({ format }), new Date("2026-11-30T10:00:00Z"));
  return Buffer.from(await res.arrayBuffer());
}

describe("proposals in exports", () => {
  it("CSV and XLSX list each proposal on a line: marker, number, provision, decision", async () => {
    const csv = (await download("csv")).toString("utf8");
    expect(csv).toContain("MOD EXA/WSIS20-C-0001/1 (9 d) i)): Accepted\nSUP EXA/WSIS20-C-0001/2 (9 e)): Pending\nADD EXA/WSIS20-C-0001/3 (9 l)): Pending");
    expect(csv).not.toContain(NOTE);
  });

  it("JSON carries the structured proposals with their baseline text and decision, not the notes", async () => {
    const text = (await download("json")).toString("utf8");
    expect(text).not.toContain(NOTE);
    const [record] = JSON.parse(text);
    expect(record.proposals.map((p: { number: string; marker: string; ref: string; decision: string }) => [p.number, p.marker, p.ref, p.decision])).toEqual([
      ["EXA/WSIS20-C-0001/1", "MOD", "9 d) i)", "ACCEPTED"],
      ["EXA/WSIS20-C-0001/2", "SUP", "9 e)", "PENDING"],
      ["EXA/WSIS20-C-0001/3", "ADD", "9 l)", "PENDING"],
    ]);
    expect(record.proposals[0]).toMatchObject({ actionLine: "C2", baselineVersion: 1, baselineLanguage: "en", baselineText: expect.stringContaining("broaden access to orbital resources") });
  });

  it("the DOCX shows each proposal with its marker, number and tracked changes, and a synoptic table for C2", async () => {
    const zip = await JSZip.loadAsync(await download("docx"));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).not.toContain(NOTE);
    for (const n of [1, 2, 3]) expect(xml).toContain(`EXA/WSIS20-C-0001/${n}`);
    // The MOD: "and spectrum" inserted as a tracked change by EXA, nothing deleted but the SUP.
    const inserted = [...xml.matchAll(/<w:ins [^>]*w:author="EXA"[^>]*>.*?<\/w:ins>/g)].map((m) => m[0].replace(/<[^>]+>/g, ""));
    expect(inserted).toEqual(expect.arrayContaining(["and spectrum ", "Promote open satellite data for development."]));
    const deleted = [...xml.matchAll(/<w:del [^>]*>.*?<\/w:del>/g)].map((m) => m[0].replace(/<[^>]+>/g, ""));
    expect(deleted.some((d) => d.startsWith("Support and strengthen") || d.length > 20)).toBe(true);
    expect(xml).toContain("<w:delText");
    // Change ids are unique in the document (Word refuses to open duplicates).
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain("Synoptic table of the revision proposals on C2");
    const textOnly = xml.replace(/<[^>]+>/g, "");
    expect(textOnly).toContain("MOD\tEXA/WSIS20-C-0001/1");
  });
});
