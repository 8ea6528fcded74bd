/**
 * Action Line revision proposals on a real PostgreSQL: storing, numbering, refusals with their
 * messages, per-proposal decisions (permissions, concurrency), the views, and baseline versions.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { ZContributionInput, ZDraftInput, type TContributionInput } from "@/lib/schemas/contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { saveDraft } from "@/lib/services/contributions/save-draft";
import { resubmitContribution } from "@/lib/services/contributions/resubmit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { decideProposal } from "@/lib/services/proposals/decide-proposal";
import { actionLineProposals, consolidatedActionLine } from "@/lib/services/proposals/action-line-proposals";
import { loadBaseline } from "@/lib/services/proposals/load-baseline";
import { baselineDefinition, baselineVersion } from "@/lib/services/proposals/get-baseline";
import { GET as getBaselineRoute } from "@/app/api/v1/baselines/[version]/route";
import { listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const BASE_9DI = "broaden access to orbital resources, global frequency harmonization and global systems standardization;";
const MOD_9DI = "broaden access to orbital resources, global and regional frequency harmonization, and global systems standardization, including for satellite broadband;";

/** A revision contribution with a MOD on 9 d) i) and a SUP on 9 e), parsed as the action would. */
function revision(overrides: Record<string, unknown> = {}): TContributionInput {
  return ZContributionInput.parse({
    ...contributionInput(world),
    type: "ACTION_LINE_REVISION",
    actionLines: ["C5"],
    proposals: [
      { marker: "MOD", ref: "9 d) i)", text: MOD_9DI, reasons: "Regional harmonization matters for satellite broadband." },
      { marker: "SUP", ref: "9 e)", text: "", reasons: "Covered by 9 d)." },
    ],
    ...overrides,
  });
}

function fieldErrorsOf(e: unknown): Record<string, string[]> {
  return (e as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
}

describe("the baseline text", () => {
  it("holds section C of the Plan of Action as version 1, addressable by reference", async () => {
    const b = (await baselineVersion())!;
    expect(b).toMatchObject({ version: 1, documentRef: "WSIS-03/GENEVA/DOC/5-E", language: "en" });
    expect(b.provisions).toHaveLength(160);
    expect(b.provisions.find((p) => p.ref === "9 d) i)")).toMatchObject({ actionLine: "C2", text: BASE_9DI, kind: "subparagraph" });
    expect(b.provisions.find((p) => p.ref === "17")).toMatchObject({ kind: "heading", partial: true });
    expect(b.provisions[0].ref).toBe("8");
    expect(b.provisions.at(-1)!.ref).toBe("26 c)");
  });

  it("a revised baseline loads as version 2; proposals stay tied to the version they amend", async () => {
    const first = await submitContribution(await world.actor("contributor"), revision());
    const v1 = (await baselineVersion(1))!;
    const definition = {
      title: "Revised text (test)",
      documentRef: "TEST/1",
      provisions: v1.provisions.map((p) => ({ ref: p.ref, actionLine: p.actionLine, kind: p.kind, text: p.ref === "9 d) i)" ? `${p.text} (revised)` : p.text, partial: p.partial })),
    };
    await expect(loadBaseline(await world.actor("contributor"), definition)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadBaseline(ANONYMOUS, definition)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(loadBaseline(await world.actor("secretariat"), { ...definition, provisions: [{ ref: "9 z) zz)", actionLine: "C2", kind: "subparagraph", text: "x" }] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await loadBaseline(await world.actor("secretariat"), definition)).toMatchObject({ version: 2 });
    expect((await baselineVersion())!.version).toBe(2);
    // The first contribution's MOD still amends version 1's text.
    const p = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: first.id, position: 1 }, include: { provision: { include: { baseline: true } } } });
    expect(p.provision.baseline.version).toBe(1);
    expect(p.provision.text).toBe(BASE_9DI);
    // A new contribution that names no version amends the latest.
    const second = await submitContribution(await world.actor("contributor"), revision({ idempotencyKey: crypto.randomUUID() }));
    const q = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: second.id, position: 1 }, include: { provision: { include: { baseline: true } } } });
    expect(q.provision.baseline.version).toBe(2);
    // The Action Line page shows the latest version and counts the proposals on the earlier one.
    const page = (await actionLineProposals(await world.actor("secretariat"), "C2"))!;
    expect(page.baseline.version).toBe(2);
    expect(page.onOtherVersions).toBe(2);
  });

  it("a draft begun on version 1 moves to version 2 when saved with it; the same references are looked up there", async () => {
    const key = crypto.randomUUID();
    const draft = (baselineVersion?: number) =>
      ZDraftInput.parse({ ...contributionInput(world, { idempotencyKey: key }), type: "ACTION_LINE_REVISION", baselineVersion, proposals: [{ marker: "SUP", ref: "9 e)", text: "", reasons: "" }] });
    const { id } = await saveDraft(await world.actor("contributor"), draft(1));
    await loadBaseline(await world.actor("secretariat"), (await baselineDefinition(1))!);
    const versionOf = async () => (await db.revisionProposal.findFirstOrThrow({ where: { contributionId: id }, include: { provision: { include: { baseline: true } } } })).provision.baseline.version;
    expect(await versionOf()).toBe(1);
    await saveDraft(await world.actor("contributor"), draft(2));
    expect(await versionOf()).toBe(2);
  });

  it("a version downloads as open data and loads back, as the secretariat does, as the next version", async () => {
    const res = await getBaselineRoute(new Request("http://x/api/v1/baselines/latest"), { params: Promise.resolve({ version: "latest" }) });
    expect(res.status).toBe(200);
    const downloaded = await res.json();
    expect(downloaded).toMatchObject({ version: 1, documentRef: "WSIS-03/GENEVA/DOC/5-E" });
    expect(downloaded.provisions).toHaveLength(160);
    expect(await loadBaseline(await world.actor("secretariat"), downloaded)).toMatchObject({ version: 2 });
    expect((await baselineDefinition(2))!.provisions).toEqual(downloaded.provisions);
    for (const bad of ["0", "x", "99"]) {
      expect((await getBaselineRoute(new Request("http://x"), { params: Promise.resolve({ version: bad }) })).status).toBe(404);
    }
  });
});

describe("submitting proposals", () => {
  it("numbers each proposal SOURCE/REFERENCE/serial, adds the Action Line, and keeps them in the version", async () => {
    const { id, referenceNumber } = await submitContribution(await world.actor("contributor"), revision());
    expect(referenceNumber).toBe("WSIS20-C-0001");
    const proposals = await db.revisionProposal.findMany({ where: { contributionId: id }, orderBy: { position: "asc" }, include: { provision: true } });
    expect(proposals.map((p) => [p.number, p.marker, p.provision.ref, p.decision])).toEqual([
      ["EXA/WSIS20-C-0001/1", "MOD", "9 d) i)", "PENDING"],
      ["EXA/WSIS20-C-0001/2", "SUP", "9 e)", "PENDING"],
    ]);
    const c = await db.contribution.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(c.actionLines).toEqual(["C2", "C5"]);
    expect(c.versions[0].proposals).toEqual([
      { number: "EXA/WSIS20-C-0001/1", position: 1, marker: "MOD", ref: "9 d) i)", baselineVersion: 1, text: MOD_9DI, reasons: "Regional harmonization matters for satellite broadband." },
      { number: "EXA/WSIS20-C-0001/2", position: 2, marker: "SUP", ref: "9 e)", baselineVersion: 1, text: "", reasons: "Covered by 9 d)." },
    ]);
  });

  it("refuses a MOD equal to the baseline (also when only Word's spaces differ): no change, use NOC", async () => {
    const pasted = `[bookmark: _Toc111642774]${BASE_9DI.replace("orbital resources", "orbital\u00A0re\u00ADsources")}\r\n`;
    const input = revision({ proposals: [{ marker: "MOD", ref: "9 d) i)", text: pasted, reasons: "Because." }] });
    // The Word artefacts are normalised by the schema, visibly to the editor (see unit tests).
    expect(input.proposals[0].text).toBe(BASE_9DI);
    const error = await submitContribution(await world.actor("contributor"), input).catch((e) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(fieldErrorsOf(error)).toEqual({ "proposals.0.text": ["noChangeUseNoc"] });
    expect(await db.contribution.count()).toBe(0);
  });

  it("refuses a proposal on a provision that is not in the baseline version", async () => {
    const error = await submitContribution(await world.actor("contributor"), revision({ proposals: [{ marker: "NOC", ref: "9 z)", text: "", reasons: "Keep." }] })).catch((e) => e);
    expect(fieldErrorsOf(error)).toEqual({ "proposals.0.ref": ["unknownProvision"] });
    const badVersion = await submitContribution(await world.actor("contributor"), revision({ baselineVersion: 7 })).catch((e) => e);
    expect(fieldErrorsOf(badVersion)).toEqual({ proposals: ["unknownBaselineVersion"] });
  });

  it("refuses, with a message on the field, a SUP with text, an ADD without anchor, a MOD without text, missing reasons", () => {
    const parsed = ZContributionInput.safeParse({
      ...contributionInput(world),
      type: "ACTION_LINE_REVISION",
      proposals: [
        { marker: "SUP", ref: "9 e)", text: "Some text", reasons: "x" },
        { marker: "ADD", ref: "", text: "New provision.", reasons: "x" },
        { marker: "MOD", ref: "9 a)", text: "  ", reasons: "x" },
        { marker: "NOC", ref: "9 b)", text: "", reasons: "" },
      ],
    });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["proposals.0.text", "supNoText"],
        ["proposals.1.ref", "addNeedsAnchor"],
        ["proposals.2.text", "modNeedsText"],
      ]),
    );
    // Reasons are checked against the baseline step (complete submission), by the service.
  });

  it("a revision proposal needs at least one proposal; a general input holds none", () => {
    const empty = ZContributionInput.safeParse({ ...contributionInput(world), type: "ACTION_LINE_REVISION", proposals: [] });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(["proposalRequired"]);
    const general = ZContributionInput.safeParse({ ...contributionInput(world), proposals: [{ marker: "NOC", ref: "9 b)", text: "", reasons: "Keep." }] });
    expect(general.error?.issues.map((i) => i.message)).toEqual(["proposalsNeedRevisionType"]);
  });

  it("missing reasons are refused at submission but a draft keeps an unfinished MOD (still the baseline text)", async () => {
    const key = crypto.randomUUID();
    const draft = ZDraftInput.parse({ ...contributionInput(world, { idempotencyKey: key }), type: "ACTION_LINE_REVISION", proposals: [{ marker: "MOD", ref: "9 d) i)", text: BASE_9DI, reasons: "" }] });
    const saved = await saveDraft(await world.actor("contributor"), draft);
    const stored = await db.revisionProposal.findMany({ where: { contributionId: saved.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ marker: "MOD", text: BASE_9DI, number: null });
    const submit = await submitContribution(await world.actor("contributor"), revision({ idempotencyKey: key, proposals: [{ marker: "MOD", ref: "9 d) i)", text: BASE_9DI, reasons: "" }] })).catch((e) => e);
    expect(fieldErrorsOf(submit)).toEqual({ "proposals.0.text": ["noChangeUseNoc"], "proposals.0.reasons": ["reasonsRequired"] });
    // Nothing lost: the draft still holds what was typed.
    expect(await db.revisionProposal.count({ where: { contributionId: saved.id } })).toBe(1);
    expect((await db.contribution.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("DRAFT");
  });

  it("the database refuses text on a SUP whatever the code does", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), revision());
    await expect(db.revisionProposal.updateMany({ where: { contributionId: id, marker: "SUP" }, data: { text: "sneaked in" } })).rejects.toThrow();
  });

  it("resubmission after changes were requested renumbers from 1 and resets decisions", async () => {
    const { id } = await submitContribution(await world.actor("contributor"), revision());
    const s = await world.actor("secretariat");
    const first = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: id, position: 1 } });
    await decideProposal(s, { proposalId: first.id, expectedDecision: "PENDING", decision: "ACCEPTED", note: "" });
    await decideContribution(s, { decision: "requestChanges", contributionId: id, expectedStatus: "SUBMITTED", reason: "Drop the SUP." });
    const again = revision({ proposals: [{ marker: "MOD", ref: "9 d) i)", text: MOD_9DI, reasons: "Still needed." }] });
    await resubmitContribution(await world.actor("contributor"), { ...again, contributionId: id, expectedStatus: "CHANGES_REQUESTED" });
    const proposals = await db.revisionProposal.findMany({ where: { contributionId: id } });
    expect(proposals.map((p) => [p.number, p.decision])).toEqual([["EXA/WSIS20-C-0001/1", "PENDING"]]);
    const versions = await db.contributionVersion.findMany({ where: { contributionId: id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => (v.proposals as unknown[]).length)).toEqual([2, 1]);
  });
});

describe("deciding on proposals", () => {
  let contributionId: string;
  let mod: string;
  let sup: string;
  beforeEach(async () => {
    contributionId = (await submitContribution(await world.actor("contributor"), revision())).id;
    const ps = await db.revisionProposal.findMany({ where: { contributionId }, orderBy: { position: "asc" } });
    [mod, sup] = ps.map((p) => p.id);
  });

  it("the secretariat accepts one and notes the other, each audited", async () => {
    const s = await world.actor("secretariat");
    await decideProposal(s, { proposalId: mod, expectedDecision: "PENDING", decision: "ACCEPTED", note: "" });
    await decideProposal(s, { proposalId: sup, expectedDecision: "PENDING", decision: "NOTED", note: "Kept for the next cycle." });
    const ps = await db.revisionProposal.findMany({ where: { contributionId }, orderBy: { position: "asc" } });
    expect(ps.map((p) => [p.decision, p.decidedById])).toEqual([
      ["ACCEPTED", world.users.secretariat.id],
      ["NOTED", world.users.secretariat.id],
    ]);
    expect(ps[1].decisionNote).toBe("Kept for the next cycle.");
    const audit = await db.auditEvent.findMany({ where: { contributionId, action: "proposal.decide" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.data)).toEqual([
      { number: "EXA/WSIS20-C-0001/1", from: "PENDING", to: "ACCEPTED" },
      { number: "EXA/WSIS20-C-0001/2", from: "PENDING", to: "NOTED" },
    ]);
  });

  it("nobody else may decide: contributor and focal point FORBIDDEN, anonymous UNAUTHENTICATED, another organisation NOT_FOUND", async () => {
    const input = { proposalId: mod, expectedDecision: "PENDING" as const, decision: "ACCEPTED" as const, note: "" };
    await expect(decideProposal(await world.actor("contributor"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideProposal(await world.actor("focalPoint"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideProposal(ANONYMOUS, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(decideProposal(await world.actor("otherOrg"), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideProposal(await world.actor("outsider"), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideProposal(await world.actor("secretariat"), { ...input, proposalId: "not-an-id" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.revisionProposal.findUniqueOrThrow({ where: { id: mod } })).decision).toBe("PENDING");
  });

  it("two secretariat members deciding at once: exactly one wins, the other is told the current decision (×5)", async () => {
    for (let round = 0; round < 5; round++) {
      await db.revisionProposal.update({ where: { id: mod }, data: { decision: "PENDING" } });
      await db.auditEvent.deleteMany({ where: { action: "proposal.decide" } });
      const [a, b] = await Promise.allSettled([
        decideProposal(await world.actor("secretariat"), { proposalId: mod, expectedDecision: "PENDING", decision: "ACCEPTED", note: "" }),
        decideProposal(await world.actor("admin"), { proposalId: mod, expectedDecision: "PENDING", decision: "NOT_ACCEPTED", note: "" }),
      ]);
      const won = [a, b].filter((r) => r.status === "fulfilled");
      const lost = [a, b].filter((r) => r.status === "rejected") as PromiseRejectedResult[];
      expect(won).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({ code: "PROPOSAL_CONFLICT" });
      const final = (await db.revisionProposal.findUniqueOrThrow({ where: { id: mod } })).decision;
      expect(lost[0].reason.params.decision).toBe(final);
      const audit = await db.auditEvent.findMany({ where: { action: "proposal.decide" } });
      expect(audit.map((x) => (x.data as { to: string }).to)).toEqual([final]);
    }
  });

  it("is refused on a withdrawn or returned contribution", async () => {
    await decideContribution(await world.actor("secretariat"), { decision: "requestChanges", contributionId, expectedStatus: "SUBMITTED", reason: "Please revise." });
    await expect(decideProposal(await world.actor("secretariat"), { proposalId: mod, expectedDecision: "PENDING", decision: "ACCEPTED", note: "" })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      params: { status: "CHANGES_REQUESTED" },
    });
  });
});

describe("views of an Action Line's proposals", () => {
  it("the public sees published contributions' proposals only; the secretariat sees submitted ones, with conflicts flagged", async () => {
    const exa = (await submitContribution(await world.actor("contributor"), revision())).id;
    // ETU proposes a different MOD of the same provision: a conflict the secretariat must see.
    await submitContribution(
      await world.actor("otherOrg"),
      revision({ organisationId: world.etu.id, idempotencyKey: crypto.randomUUID(), proposals: [{ marker: "MOD", ref: "9 d) i)", text: `${BASE_9DI.slice(0, -1)} and spectrum sharing;`, reasons: "Sharing." }] }),
    );
    const secretariatView = (await actionLineProposals(await world.actor("secretariat"), "C2"))!;
    const p9di = secretariatView.provisions.find((p) => p.ref === "9 d) i)")!;
    expect(p9di.proposals.map((x) => x.number)).toEqual(["EXA/WSIS20-C-0001/1", "ETU/WSIS20-C-0002/1"]);
    expect(p9di.conflicting).toBe(true);
    expect(secretariatView.provisions.find((p) => p.ref === "9 a)")!.conflicting).toBe(false);

    const publicView = (await actionLineProposals(ANONYMOUS, "C2"))!;
    expect(publicView.provisions.flatMap((p) => p.proposals)).toHaveLength(0);
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: exa, expectedStatus: "SUBMITTED", reason: "" });
    const after = (await actionLineProposals(ANONYMOUS, "C2"))!;
    expect(after.provisions.flatMap((p) => p.proposals.map((x) => x.number))).toEqual(["EXA/WSIS20-C-0001/1", "EXA/WSIS20-C-0001/2"]);
    expect(await actionLineProposals(ANONYMOUS, "C99")).toBeNull();
  });

  it("the open-data API carries a published contribution's proposals with their baseline text, never the notes", async () => {
    const s = await world.actor("secretariat");
    const { id } = await submitContribution(await world.actor("contributor"), revision());
    const mod = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: id, position: 1 } });
    await decideProposal(s, { proposalId: mod.id, expectedDecision: "PENDING", decision: "ACCEPTED", note: "Internal view on the MOD." });
    expect((await listPublicContributions(parsePublicSearch({}), null, 10, "http://x")).data).toHaveLength(0);
    await decideContribution(s, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
    const { data } = await listPublicContributions(parsePublicSearch({}), null, 10, "http://x");
    expect(data[0].proposals).toEqual([
      { number: "EXA/WSIS20-C-0001/1", marker: "MOD", ref: "9 d) i)", actionLine: "C2", baselineVersion: 1, baselineText: BASE_9DI, text: MOD_9DI, reasons: "Regional harmonization matters for satellite broadband.", decision: "ACCEPTED" },
      { number: "EXA/WSIS20-C-0001/2", marker: "SUP", ref: "9 e)", actionLine: "C2", baselineVersion: 1, baselineText: expect.stringContaining("In the context of national e-strategies"), text: "", reasons: "Covered by 9 d).", decision: "PENDING" },
    ]);
    expect(JSON.stringify(data)).not.toContain("Internal view on the MOD.");
  });

  it("the consolidated text applies accepted proposals of published contributions, with marks, and flags conflicts", async () => {
    const s = await world.actor("secretariat");
    const exa = (await submitContribution(await world.actor("contributor"), revision())).id;
    const [mod, sup] = await db.revisionProposal.findMany({ where: { contributionId: exa }, orderBy: { position: "asc" } });
    await decideProposal(s, { proposalId: mod.id, expectedDecision: "PENDING", decision: "ACCEPTED", note: "" });
    await decideProposal(s, { proposalId: sup.id, expectedDecision: "PENDING", decision: "NOTED", note: "" });
    // Accepted proposal, but the contribution is not published yet: nothing applied.
    expect((await consolidatedActionLine("C2"))!.accepted).toBe(0);
    await decideContribution(s, { decision: "accept", contributionId: exa, expectedStatus: "SUBMITTED", reason: "" });
    const c2 = (await consolidatedActionLine("C2"))!;
    expect(c2.accepted).toBe(1);
    const entry = c2.entries.find((e) => e.kind === "provision" && e.ref === "9 d) i)")!;
    expect(entry).toMatchObject({ state: "modified", text: MOD_9DI });
    if (entry.kind === "provision" && entry.state === "modified") {
      expect(entry.runs.filter((r) => r.kind === "insert").map((r) => r.text)).toEqual(["and regional ", ",", ", including for satellite broadband"]);
      expect(entry.runs.filter((r) => r.kind === "delete").map((r) => r.text)).toEqual([]);
    }
    // The noted SUP is not applied.
    expect(c2.entries.find((e) => e.kind === "provision" && e.ref === "9 e)")).toMatchObject({ state: "unchanged" });

    // A second published contribution with an accepted, different MOD of the same provision: conflict.
    const etu = (
      await submitContribution(
        await world.actor("otherOrg"),
        revision({ organisationId: world.etu.id, idempotencyKey: crypto.randomUUID(), proposals: [{ marker: "SUP", ref: "9 d) i)", text: "", reasons: "Obsolete." }] }),
      )
    ).id;
    const etuProposal = await db.revisionProposal.findFirstOrThrow({ where: { contributionId: etu } });
    await decideProposal(s, { proposalId: etuProposal.id, expectedDecision: "PENDING", decision: "ACCEPTED", note: "" });
    await decideContribution(s, { decision: "accept", contributionId: etu, expectedStatus: "SUBMITTED", reason: "" });
    const conflicted = (await consolidatedActionLine("C2"))!;
    const e = conflicted.entries.find((x) => x.kind === "provision" && x.ref === "9 d) i)")!;
    expect(e).toMatchObject({ state: "conflict", text: BASE_9DI });
    if (e.kind === "provision" && e.state === "conflict") expect(e.alternatives.map((a) => a.marker).sort()).toEqual(["MOD", "SUP"]);
  });
});
