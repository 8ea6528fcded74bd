/**
 * Review of the Action Line revision proposals (issue 6) on a real PostgreSQL: bad input that used
 * to crash or slip through — baseline definitions the loader stored but the pages could not
 * render, several contradictory proposals of one contribution on one provision.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ZContributionInput, type TContributionInput } from "@/lib/schemas/contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { loadBaseline } from "@/lib/services/proposals/load-baseline";
import { baselineVersion } from "@/lib/services/proposals/get-baseline";
import { actionLineProposals } from "@/lib/services/proposals/action-line-proposals";
import { exportResponse } from "@/lib/services/exports/export-response";
import JSZip from "jszip";
import { getOwnContribution, getPublishedContribution } from "@/lib/services/contributions/get-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { decideProposal } from "@/lib/services/proposals/decide-proposal";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

function fieldErrorsOf(e: unknown): Record<string, string[]> {
  return (e as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
}

/** Version 1 as a definition, with `change` applied to the provision "9 d) i)". */
async function definition(change: Record<string, unknown> = {}, top: Record<string, unknown> = {}) {
  const v1 = (await baselineVersion(1))!;
  return {
    title: "Revised text (test)",
    documentRef: "TEST/1",
    ...top,
    provisions: v1.provisions.map((p) => ({ ref: p.ref, actionLine: p.actionLine, kind: p.kind, text: p.text, partial: p.partial, ...(p.ref === "9 d) i)" ? change : {}) })),
  };
}

describe("loading a baseline version: bad definitions are refused with the field, never stored", () => {
  it("a language that is not a BCP 47 tag (en_US) is refused: the pages compute marks with it", async () => {
    const s = await world.actor("secretariat");
    const error = await loadBaseline(s, await definition({}, { language: "en_US" })).catch((e) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys(fieldErrorsOf(error))).toEqual(["language"]);
    expect(await db.baselineText.count()).toBe(1);
    // A well-formed tag loads, and the Action Line page renders with it.
    expect(await loadBaseline(s, await definition({}, { language: "en-GB" }))).toMatchObject({ version: 2 });
    expect((await actionLineProposals(s, "C2"))!.baseline.language).toBe("en-GB");
  });

  it("NUL, control characters, bidi overrides and lone surrogates in a definition are refused (not a database error)", async () => {
    const s = await world.actor("secretariat");
    for (const text of ["broaden\u0000 access", "broaden\u0007 access", "broaden \u202Eaccess", "broaden \uD800access"]) {
      const error = await loadBaseline(s, await definition({ text })).catch((e) => e);
      expect(error, JSON.stringify(text)).toMatchObject({ code: "VALIDATION" });
      expect(Object.keys(fieldErrorsOf(error))).toEqual([`provisions.${(await baselineVersion(1))!.provisions.findIndex((p) => p.ref === "9 d) i)")}.text`]);
    }
    const title = await loadBaseline(s, await definition({}, { title: "Outcome\u0000" })).catch((e) => e);
    expect(fieldErrorsOf(title)).toHaveProperty("title");
    expect(await db.baselineText.count()).toBe(1);
  });

  it("a provision pasted from Word is stored in the normal form proposals are compared in", async () => {
    const s = await world.actor("secretariat");
    await loadBaseline(s, await definition({ text: "broaden access to orbital\u00A0resources,  global fre\u00ADquency harmonization;" }));
    const v2 = (await baselineVersion(2))!;
    expect(v2.provisions.find((p) => p.ref === "9 d) i)")!.text).toBe("broaden access to orbital resources, global frequency harmonization;");
  });
});

describe("one contribution, one provision", () => {
  const base = () => ({ ...contributionInput(world), type: "ACTION_LINE_REVISION", actionLines: ["C2"] });

  it("refuses a MOD and a SUP (or two MODs) of one contribution on the same provision, on the second one", async () => {
    const proposals = [
      { marker: "MOD", ref: "9 e)", text: "Something else entirely.", reasons: "Clearer." },
      { marker: "NOC", ref: "9 a)", text: "", reasons: "Keep." },
      { marker: "SUP", ref: "9 e)", text: "", reasons: "Obsolete." },
    ];
    const parsed = ZContributionInput.safeParse({ ...base(), proposals });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["proposals.2.ref", "duplicateProvision"]]);
    // The service refuses it too, whatever reaches it.
    const input = { ...base(), proposals } as unknown as TContributionInput;
    const error = await submitContribution(await world.actor("contributor"), input).catch((e) => e);
    expect(fieldErrorsOf(error)).toEqual({ "proposals.2.ref": ["duplicateProvision"] });
    expect(await db.contribution.count()).toBe(0);
  });

  it("several new provisions after one anchor stay allowed, and so does a MOD of that anchor", async () => {
    const parsed = ZContributionInput.parse({
      ...base(),
      proposals: [
        { marker: "MOD", ref: "9 e)", text: "Something else entirely.", reasons: "Clearer." },
        { marker: "ADD", ref: "9 e)", text: "A new provision.", reasons: "Missing." },
        { marker: "ADD", ref: "9 e)", text: "Another new provision.", reasons: "Missing too." },
      ],
    });
    const { id } = await submitContribution(await world.actor("contributor"), parsed);
    expect(await db.revisionProposal.count({ where: { contributionId: id } })).toBe(3);
  });
});

describe("the DOCX compilation", () => {
  it("keeps the line breaks of a proposed text inside its tracked change (a new provision in two paragraphs)", async () => {
    const input = ZContributionInput.parse({
      ...contributionInput(world),
      type: "ACTION_LINE_REVISION",
      actionLines: ["C2"],
      proposals: [{ marker: "ADD", ref: "9 l)", text: "First new paragraph.\nSecond new paragraph.", reasons: "Two ideas." }],
    });
    await submitContribution(await world.actor("contributor"), input);
    const res = await exportResponse(await world.actor("secretariat"), new URLSearchParams({ format: "docx" }), new Date("2026-11-30T10:00:00Z"));
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))).file("word/document.xml")!.async("string");
    // In the proposal's block and in the synoptic table: each line in its own inserted run, the
    // second after a line break, no raw "\n" in the text (Word would show a space).
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*First new paragraph(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]);
    expect(paragraphs).toHaveLength(2);
    for (const para of paragraphs) {
      const insertions = [...para.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/gs)].map((m) => m[1]);
      expect(insertions.map((x) => x.replace(/<w:br\/>/g, "\u2028").replace(/<[^>]+>/g, ""))).toEqual(["First new paragraph.", "\u2028Second new paragraph."]);
    }
  });
});

describe("the secretariat's notes on proposals", () => {
  it("reach the proposing organisation, not the focal point of an organisation invited to co-sponsor", async () => {
    const input = ZContributionInput.parse({
      ...contributionInput(world),
      type: "ACTION_LINE_REVISION",
      actionLines: ["C2"],
      proposals: [{ marker: "SUP", ref: "9 e)", text: "", reasons: "Covered by 9 d)." }],
    });
    const { id } = await submitContribution(await world.actor("contributor"), input);
    const proposal = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: id } });
    await decideProposal(await world.actor("secretariat"), { proposalId: proposal.id, expectedDecision: "PENDING", decision: "NOTED", note: "Between us: ETU opposes this." });
    await inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id });

    const member = (await getOwnContribution(await world.actor("contributor"), id))!;
    expect(member.access).toBe("member");
    expect(member.contribution.proposals[0].decisionNote).toBe("Between us: ETU opposes this.");
    const invited = (await getOwnContribution(await world.actor("etuFocal"), id))!;
    expect(invited.access).toBe("invited");
    // Before publication not even the decision (issue 12): tests/integration/cosponsor-leaks.test.ts.
    expect(invited.contribution.proposals.map((p) => [p.decision, p.decisionNote])).toEqual([["PENDING", null]]);

    // Published: the public page's data holds the decision, never the note.
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
    const published = (await getPublishedContribution(member.contribution.referenceNumber!))!;
    expect(published.proposals[0]).toMatchObject({ decision: "NOTED" });
    expect(JSON.stringify(published)).not.toContain("ETU opposes");
  });
});
