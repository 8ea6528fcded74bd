import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { saveMeeting } from "@/lib/services/meetings/save-meeting";
import { addMeetingDocument, removeMeetingDocument } from "@/lib/services/meetings/meeting-documents";
import { getMeeting, listMeetings } from "@/lib/services/meetings/get-meetings";
import { loadMeetingView } from "@/lib/loaders/meetings";
import { ZMeetingInput } from "@/lib/schemas/meeting";
import { ZQueueQuery } from "@/lib/schemas/queue";
import { loadExportRecords } from "@/lib/services/exports/load-export-records";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const meeting = (overrides: Record<string, unknown> = {}) =>
  ZMeetingInput.parse({ number: "45", startsOn: "2027-02-10", endsOn: "2027-02-11", place: "Geneva", virtual: true, documentsDeadline: "2027-01-27T23:59", timeZone: "Europe/Zurich", ...overrides });

async function published(title: string) {
  const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title }));
  const { documentNumber } = await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" } as never);
  return { id, documentNumber: documentNumber! };
}

describe("CWG meetings", () => {
  it("the secretariat creates a meeting: deadline typed in its zone, audited; the number is unique", async () => {
    const s = await world.actor("secretariat");
    const { id } = await saveMeeting(s, meeting());
    const m = await db.meeting.findUniqueOrThrow({ where: { id } });
    // 23:59 in Geneva in winter is 22:59 UTC.
    expect(m.documentsDeadline.toISOString()).toBe("2027-01-27T22:59:00.000Z");
    expect(await db.auditEvent.count({ where: { action: "meeting.create" } })).toBe(1);
    await expect(saveMeeting(s, meeting())).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { number: ["meetingNumberTaken"] } });
  });

  it("refuses days out of order and a meeting with neither place nor online, keeping nothing", async () => {
    const s = await world.actor("secretariat");
    await expect(saveMeeting(s, meeting({ endsOn: "2027-02-09" }))).rejects.toMatchObject({ fieldErrors: { endsOn: ["endsAfterStarts"] } });
    await expect(saveMeeting(s, meeting({ place: "", virtual: false }))).rejects.toMatchObject({ fieldErrors: { place: ["placeOrVirtual"] } });
    await expect(saveMeeting(s, meeting({ startsOn: "2027-02-30" }))).rejects.toMatchObject({ fieldErrors: { startsOn: ["date"] } });
    expect(await db.meeting.count()).toBe(0);
  });

  it("only the secretariat and admins manage meetings and their lists", async () => {
    const { id: meetingId } = await saveMeeting(await world.actor("secretariat"), meeting());
    const doc = await published("A published input");
    for (const who of ["contributor", "focalPoint", "otherOrg", "etuFocal", "unverified", "outsider"] as const) {
      const actor = await world.actor(who);
      await expect(saveMeeting(actor, meeting({ number: "46" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addMeetingDocument(actor, { meetingId, documentNumber: doc.documentNumber })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(saveMeeting(ANONYMOUS, meeting({ number: "46" }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await addMeetingDocument(await world.actor("admin"), { meetingId, documentNumber: doc.documentNumber });
    await expect(removeMeetingDocument(await world.actor("contributor"), { meetingId, contributionId: doc.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.meetingDocument.count()).toBe(1);
  });

  it("lists published documents by document number, refuses unpublished or unknown ones and a second listing", async () => {
    const s = await world.actor("secretariat");
    const { id: meetingId } = await saveMeeting(s, meeting());
    const doc = await published("Published input");
    const { id: draftLike } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Only submitted" }));
    await addMeetingDocument(s, { meetingId, documentNumber: doc.documentNumber });
    await expect(addMeetingDocument(s, { meetingId, documentNumber: doc.documentNumber })).rejects.toMatchObject({ fieldErrors: { documentNumber: ["alreadyListed"] } });
    await expect(addMeetingDocument(s, { meetingId, documentNumber: "CWG-WSIS&SDG/WSIS20/99" })).rejects.toMatchObject({ fieldErrors: { documentNumber: ["documentNotPublished"] } });
    const submitted = await db.contribution.findUniqueOrThrow({ where: { id: draftLike } });
    await expect(addMeetingDocument(s, { meetingId, documentNumber: submitted.referenceNumber! })).rejects.toMatchObject({ fieldErrors: { documentNumber: ["documentNotPublished"] } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.document.add" } });
    expect(audit).toMatchObject({ actorId: world.users.secretariat.id, contributionId: doc.id });
  });

  it("the public sees the meeting and its published documents in series order, with sources and languages", async () => {
    const s = await world.actor("secretariat");
    const { id: meetingId } = await saveMeeting(s, meeting());
    const docs = [];
    for (let i = 0; i < 11; i++) docs.push(await published(`Input ${i + 1}`));
    for (const d of [...docs].reverse()) await addMeetingDocument(s, { meetingId, documentNumber: d.documentNumber });
    const found = await getMeeting(ANONYMOUS, 45);
    expect(found!.documents.map((d) => d.documentNumber)).toEqual(docs.map((d) => d.documentNumber));
    expect(found!.documents[0]).toMatchObject({ title: "Input 1", languages: ["en"], sources: [{ shortCode: "EXA" }] });
    const [summary] = await listMeetings(ANONYMOUS);
    expect(summary).toMatchObject({ number: 45, documentCount: 11 });
    // A document that stops being published leaves the list for everyone (issue 14: unpublish).
    await db.contribution.update({ where: { id: docs[0].id }, data: { status: "WITHDRAWN" } });
    expect((await getMeeting(ANONYMOUS, 45))!.documents).toHaveLength(10);
    expect((await getMeeting(s, 45))!.documents).toHaveLength(10);
    expect((await loadMeetingView(ANONYMOUS, 45))!).toMatchObject({ canManage: false, exports: null });
    expect((await loadMeetingView(s, 45))!.exports!.docx).toContain("meeting=45");
    expect(await getMeeting(ANONYMOUS, 46)).toBeNull();
  });

  it("a listed document shows its translations and published revisions (issue 14 items 1 and 2)", async () => {
    const s = await world.actor("secretariat");
    const { id: meetingId } = await saveMeeting(s, meeting());
    const doc = await published("Input with a revision");
    await addMeetingDocument(s, { meetingId, documentNumber: doc.documentNumber });
    const { saveLanguageVersion } = await import("@/lib/services/documents/language-versions");
    const { submitDocumentPart } = await import("@/lib/services/documents/submit-part");
    const { decideDocumentPart } = await import("@/lib/services/documents/decide-part");
    await saveLanguageVersion(s, { contributionId: doc.id, language: "fr", title: "Contribution révisée", summary: "", body: "Texte.", expectedUpdatedAt: "" });
    const { partId } = await submitDocumentPart(await world.actor("contributor"), { contributionId: doc.id, kind: "REVISION", title: "Input with a revision", summary: "Revised.", body: "Revised text." } as never);
    await decideDocumentPart(s, { partId, decision: "accept", expectedStatus: "SUBMITTED", reason: "" });
    const [row] = (await getMeeting(ANONYMOUS, 45))!.documents;
    expect(row).toMatchObject({ languages: ["en", "fr"], revisions: [`${doc.documentNumber}(Rev.1)`] });
  });

  it("the meeting's compilation exports exactly its listed documents", async () => {
    const s = await world.actor("secretariat");
    const { id: meetingId } = await saveMeeting(s, meeting());
    const listed = await published("Listed input");
    await published("Not listed input");
    await addMeetingDocument(s, { meetingId, documentNumber: listed.documentNumber });
    const titles: string[] = [];
    for await (const r of loadExportRecords(s, ZQueueQuery.parse({ meeting: "45" }))) titles.push(r.title);
    expect(titles).toEqual(["Listed input"]);
    const none: string[] = [];
    for await (const r of loadExportRecords(s, ZQueueQuery.parse({ meeting: "46" }))) none.push(r.title);
    expect(none).toEqual([]);
  });

  it("taking a document off is audited, and an unknown one answers NOT_FOUND", async () => {
    const s = await world.actor("secretariat");
    const { id: meetingId } = await saveMeeting(s, meeting());
    const doc = await published("Published input");
    await addMeetingDocument(s, { meetingId, documentNumber: doc.documentNumber });
    await removeMeetingDocument(s, { meetingId, contributionId: doc.id });
    expect(await db.meetingDocument.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "meeting.document.remove", contributionId: doc.id } })).toBe(1);
    await expect(removeMeetingDocument(s, { meetingId, contributionId: doc.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
