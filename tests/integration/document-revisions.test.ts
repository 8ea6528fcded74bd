/**
 * Revisions, addenda and corrigenda of a published document (issue 14 item 1) on a real
 * PostgreSQL: the request → text → decision workflow, ITU numbering in the publishing
 * transaction, the text at the permanent address, audit and outbox, who may do what, what the
 * public sees, and two people acting at once.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ZContributionInput } from "@/lib/schemas/contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { getPublishedContribution } from "@/lib/services/contributions/get-contribution";
import { requestDocumentPart } from "@/lib/services/documents/request-part";
import { submitDocumentPart } from "@/lib/services/documents/submit-part";
import { decideDocumentPart } from "@/lib/services/documents/decide-part";
import { listDocumentParts } from "@/lib/services/documents/list-parts";
import { ANONYMOUS } from "@/lib/auth/permissions";
import type { TPartSubmission } from "@/lib/schemas/document-part";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let id: string;
const DOC = "CWG-WSIS&SDG/WSIS20/1";

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  // Nadia (ETU, Arabic) submits; the secretariat accepts: document 1.
  id = (await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id, body: "The original text of the contribution." }))).id;
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  await db.outboundEmail.deleteMany();
});

const text = (over: Partial<TPartSubmission> = {}): TPartSubmission => ({ contributionId: id, kind: "REVISION", title: "Keep ITU's facilitation of C2 and C5 (revised)", summary: "", body: "The revised text of the contribution.", ...over });
const accept = async (partId: string, who: "secretariat" | "admin" = "secretariat") => decideDocumentPart(await world.actor(who), { partId, decision: "accept", expectedStatus: "SUBMITTED", reason: "" });

describe("a revision requested by the secretariat", () => {
  it("is requested, written by the organisation, accepted as Rev.1 in one transaction: text replaced, version kept, audited and e-mailed in Arabic", async () => {
    const s = await world.actor("secretariat");
    const { partId } = await requestDocumentPart(s, { contributionId: id, kind: "REVISION", note: "Please update the figures in paragraph 2." });
    let [mail] = await db.outboundEmail.findMany();
    expect(mail).toMatchObject({ to: "ar@example.org", locale: "ar", kind: "partRequested" });
    expect(mail.subject).toContain(DOC);
    expect(mail.text).toContain("Please update the figures");

    await submitDocumentPart(await world.actor("otherOrg"), text({ partId }));
    // Not yet published: the public text is still the original, and no number was taken.
    expect((await getPublishedContribution((await db.contribution.findUniqueOrThrow({ where: { id } })).referenceNumber!))!.body).toBe("The original text of the contribution.");
    expect(await listDocumentParts(ANONYMOUS, id)).toEqual([]);

    await db.outboundEmail.deleteMany();
    const result = await accept(partId);
    expect(result).toMatchObject({ status: "ACCEPTED", documentNumber: `${DOC}(Rev.1)` });
    const c = await db.contribution.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { number: "asc" } } } });
    expect(c.body).toBe("The revised text of the contribution.");
    expect(c.documentNumber).toBe(DOC); // the base number stays; Rev.1 is the part's
    expect(c.versions.map((v) => v.body)).toEqual(["The original text of the contribution.", "The revised text of the contribution."]);
    const part = await db.documentPart.findUniqueOrThrow({ where: { id: partId } });
    expect(part).toMatchObject({ status: "ACCEPTED", number: 1, versionNumber: 2, decidedById: world.users.secretariat.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "document.part.accept" } });
    expect(audit.data).toMatchObject({ documentNumber: `${DOC}(Rev.1)`, kind: "REVISION" });
    [mail] = await db.outboundEmail.findMany();
    expect(mail).toMatchObject({ locale: "ar", kind: "partPublished" });
    expect(mail.subject).toContain(`${DOC}(Rev.1)`);
    expect(mail.subject).toContain("نُشرت");
    // Public now: the published revision, numbered.
    expect((await listDocumentParts(ANONYMOUS, id)).map((p) => p.documentNumber)).toEqual([`${DOC}(Rev.1)`]);
  });

  it("a rejection needs a reason, takes no number, leaves the text, and is told to the organisation", async () => {
    const { partId } = await submitDocumentPart(await world.actor("otherOrg"), text());
    const s = await world.actor("secretariat");
    await expect(decideDocumentPart(s, { partId, decision: "reject", expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    await decideDocumentPart(s, { partId, decision: "reject", expectedStatus: "SUBMITTED", reason: "The figures are not sourced." });
    expect(await db.documentPart.findUniqueOrThrow({ where: { id: partId } })).toMatchObject({ status: "REJECTED", number: null, note: "The figures are not sourced." });
    expect((await db.contribution.findUniqueOrThrow({ where: { id } })).body).toBe("The original text of the contribution.");
    expect((await db.outboundEmail.findMany()).map((m) => m.kind)).toEqual(["partRejected"]);
    // The next revision is free to be asked for, and is still Rev.1.
    const next = await submitDocumentPart(await world.actor("etuFocal"), text({ body: "Second try." }));
    expect((await accept(next.partId)).documentNumber).toBe(`${DOC}(Rev.1)`);
  });

  it("addenda and corrigenda are numbered apart, under the same number, and leave the text", async () => {
    const org = await world.actor("otherOrg");
    const a1 = await submitDocumentPart(org, text({ kind: "ADDENDUM", title: "Annex: figures", body: "Table 1." }));
    const c1 = await submitDocumentPart(org, text({ kind: "CORRIGENDUM", title: "Correction", body: "Read 2025 for 2024." }));
    const a2 = await submitDocumentPart(org, text({ kind: "ADDENDUM", title: "Annex: sources", body: "Sources." }));
    expect((await accept(a1.partId)).documentNumber).toBe(`${DOC}(Add.1)`);
    expect((await accept(c1.partId)).documentNumber).toBe(`${DOC}(Corr.1)`);
    expect((await accept(a2.partId)).documentNumber).toBe(`${DOC}(Add.2)`);
    expect((await db.contribution.findUniqueOrThrow({ where: { id } })).body).toBe("The original text of the contribution.");
    expect(await db.contributionVersion.count({ where: { contributionId: id } })).toBe(1);
  });
});

describe("two people acting at once", () => {
  it("two secretariat members accepting the same revision: exactly one Rev.1, one version, one e-mail; the other is told", async () => {
    const { partId } = await submitDocumentPart(await world.actor("otherOrg"), text());
    const results = await Promise.allSettled([accept(partId, "secretariat"), accept(partId, "admin")]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect(await db.documentPart.count({ where: { contributionId: id, kind: "REVISION", number: 1 } })).toBe(1);
    expect(await db.contributionVersion.count({ where: { contributionId: id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "document.part.accept" } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { kind: "partPublished" } })).toBe(1);
    // The counter was given back by the loser: the next revision is Rev.2.
    const next = await submitDocumentPart(await world.actor("otherOrg"), text({ body: "Again." }));
    expect((await accept(next.partId)).documentNumber).toBe(`${DOC}(Rev.2)`);
  });

  it("two revisions of one document asked for at once: exactly one is open, the other is told", async () => {
    const [org, fp, s, a] = await Promise.all([world.actor("otherOrg"), world.actor("etuFocal"), world.actor("secretariat"), world.actor("admin")]);
    const results = await Promise.allSettled([submitDocumentPart(org, text()), submitDocumentPart(fp, text({ body: "Other." })), requestDocumentPart(s, { contributionId: id, kind: "REVISION", note: "A." }), requestDocumentPart(a, { contributionId: id, kind: "REVISION", note: "B." })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect(await db.documentPart.count({ where: { contributionId: id, kind: "REVISION" } })).toBe(1);
  });

  it("two addenda accepted at once get Add.1 and Add.2, never the same number", async () => {
    const org = await world.actor("otherOrg");
    const a = await submitDocumentPart(org, text({ kind: "ADDENDUM", body: "One." }));
    const b = await submitDocumentPart(org, text({ kind: "ADDENDUM", body: "Two." }));
    const numbers = (await Promise.all([accept(a.partId, "secretariat"), accept(b.partId, "admin")])).map((r) => r.documentNumber).sort();
    expect(numbers).toEqual([`${DOC}(Add.1)`, `${DOC}(Add.2)`]);
  });

  it("an answer to a request that was meanwhile answered is refused", async () => {
    const { partId } = await requestDocumentPart(await world.actor("secretariat"), { contributionId: id, kind: "REVISION", note: "Update." });
    await submitDocumentPart(await world.actor("otherOrg"), text({ partId }));
    await expect(submitDocumentPart(await world.actor("etuFocal"), text({ partId, body: "Late." }))).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect((await db.documentPart.findUniqueOrThrow({ where: { id: partId } })).body).toBe("The revised text of the contribution.");
  });
});

describe("who may do what, and what the public sees", () => {
  it("refuses everyone but the organisation to write, and everyone but the secretariat to request or decide", async () => {
    await expect(submitDocumentPart(ANONYMOUS, text())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(submitDocumentPart(await world.actor("contributor"), text())).rejects.toMatchObject({ code: "NOT_AFFILIATED" });
    await expect(submitDocumentPart(await world.actor("secretariat"), text())).rejects.toMatchObject({ code: "STAFF_NOT_DELEGATE" });
    await expect(requestDocumentPart(await world.actor("otherOrg"), { contributionId: id, kind: "REVISION", note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestDocumentPart(ANONYMOUS, { contributionId: id, kind: "REVISION", note: "x" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const { partId } = await submitDocumentPart(await world.actor("otherOrg"), text());
    for (const who of ["otherOrg", "etuFocal", "contributor", "outsider"] as const) {
      await expect(decideDocumentPart(await world.actor(who), { partId, decision: "accept", expectedStatus: "SUBMITTED", reason: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(decideDocumentPart(await world.actor("secretariat"), { partId, decision: "accept", expectedStatus: "REQUESTED", reason: "" })).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
    expect(await db.documentPart.findUniqueOrThrow({ where: { id: partId } })).toMatchObject({ status: "SUBMITTED", number: null });
    expect(await db.auditEvent.count({ where: { action: "document.part.accept" } })).toBe(0);
  });

  it("only a published document takes parts", async () => {
    const other = (await submitContribution(await world.actor("contributor"), contributionInput(world))).id;
    await expect(requestDocumentPart(await world.actor("secretariat"), { contributionId: other, kind: "ADDENDUM", note: "x" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(submitDocumentPart(await world.actor("contributor"), text({ contributionId: other }))).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });

  it("open and rejected parts are seen by the organisation and the secretariat only", async () => {
    await requestDocumentPart(await world.actor("secretariat"), { contributionId: id, kind: "REVISION", note: "Update." });
    await submitDocumentPart(await world.actor("otherOrg"), text({ kind: "ADDENDUM" }));
    expect(await listDocumentParts(ANONYMOUS, id)).toEqual([]);
    expect(await listDocumentParts(await world.actor("contributor"), id)).toEqual([]);
    expect(await listDocumentParts(await world.actor("outsider"), id)).toEqual([]);
    expect(await listDocumentParts(await world.actor("etuFocal"), id)).toHaveLength(2);
    expect(await listDocumentParts(await world.actor("secretariat"), id)).toHaveLength(2);
    // A contributor sees the steps in the timeline; never the public.
    const actions = (await db.auditEvent.findMany({ where: { contributionId: id, action: { startsWith: "document.part" } } })).map((e) => e.action).sort();
    expect(actions).toEqual(["document.part.request", "document.part.submit"]);
  });

  it("revision proposals (MOD/ADD/SUP/NOC) keep their numbers across a revision", async () => {
    const input = ZContributionInput.parse({
      ...contributionInput(world, { organisationId: world.etu.id, type: "ACTION_LINE_REVISION", actionLines: ["C1"] }),
      proposals: [{ marker: "MOD", ref: "9 e)", text: "Something else entirely.", reasons: "Clearer." }, { marker: "SUP", ref: "9 b)", text: "", reasons: "Covered." }],
    });
    const pid = (await submitContribution(await world.actor("otherOrg"), input)).id;
    await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: pid, expectedStatus: "SUBMITTED", reason: "" });
    const before = await db.revisionProposal.findMany({ where: { contributionId: pid }, orderBy: { position: "asc" }, select: { id: true, number: true, marker: true } });
    expect(before.every((p) => p.number)).toBe(true);
    const { partId } = await submitDocumentPart(await world.actor("otherOrg"), text({ contributionId: pid }));
    expect((await accept(partId)).documentNumber).toBe("CWG-WSIS&SDG/WSIS20/2(Rev.1)");
    expect(await db.revisionProposal.findMany({ where: { contributionId: pid }, orderBy: { position: "asc" }, select: { id: true, number: true, marker: true } })).toEqual(before);
    const versions = await db.contributionVersion.findMany({ where: { contributionId: pid }, orderBy: { number: "asc" } });
    expect(versions[1].proposals).toEqual(versions[0].proposals);
  });
});
