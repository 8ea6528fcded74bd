/**
 * Issue 14 item 3: the secretariat unpublishes a published document with a reason, and may
 * publish it again. One transaction with its audit event and e-mail (in the contributor's
 * language), the expected status in the WHERE (two at once: one wins), the document number kept
 * and never given again, and every public surface (page, search and its cached facet counts,
 * open-data API with its 410, CSV, feed, statistics) leaves the document out.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { changePublication, getUnpublishedNotice } from "@/lib/services/contributions/publication";
import { getContribution, getPublishedContribution, publishedReferenceOf } from "@/lib/services/contributions/get-contribution";
import { searchPublished } from "@/lib/services/search/search-published";
import { listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { publicStatistics } from "@/lib/services/statistics/public-statistics";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { GET as documentGet } from "@/app/api/v1/contributions/[...ref]/route";
import { GET as csvGet } from "@/app/api/v1/contributions.csv/route";
import { GET as feedGet } from "@/app/feed.xml/route";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let doc: { id: string; referenceNumber: string; documentNumber: string };
let other: string;

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  const s = await world.actor("secretariat");
  // The Arabic-speaking contributor's document, and another published one beside it.
  const c = await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id, title: "مساهمة للسحب", actionLines: ["C9"] }));
  const accepted = await decideContribution(s, { decision: "accept", contributionId: c.id, expectedStatus: "SUBMITTED", reason: "" });
  doc = { id: c.id, referenceNumber: c.referenceNumber, documentNumber: accepted.documentNumber! };
  other = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Stays published" }))).id;
  await decideContribution(s, { decision: "accept", contributionId: other, expectedStatus: "SUBMITTED", reason: "" });
  await db.outboundEmail.deleteMany();
});

const unpublish = async (reason = "Published by mistake: the organisation asked for it.") =>
  changePublication(await world.actor("secretariat"), { action: "unpublish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason });
const api = (ref: string) => documentGet(new Request(`http://localhost/api/v1/contributions/${encodeURIComponent(ref)}`), { params: Promise.resolve({ ref: [ref] }) });

describe("unpublish with a reason", () => {
  it("changes the status, keeps the number, audits and e-mails the organisation in its language, in one go", async () => {
    const at = new Date("2026-12-03T10:00:00Z");
    await changePublication(await world.actor("secretariat"), { action: "unpublish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason: "Published by mistake." }, at);
    const row = await db.contribution.findUniqueOrThrow({ where: { id: doc.id } });
    expect(row).toMatchObject({ status: "UNPUBLISHED", documentNumber: doc.documentNumber, unpublishReason: "Published by mistake.", unpublishedAt: at });
    const [event] = await db.auditEvent.findMany({ where: { contributionId: doc.id, action: "contribution.unpublish" } });
    expect(event).toMatchObject({ fromStatus: "ACCEPTED", toStatus: "UNPUBLISHED", reason: "Published by mistake.", actorId: world.users.secretariat.id });
    const mails = await db.outboundEmail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "ar@example.org", locale: "ar", kind: "unpublished", contributionId: doc.id });
    expect(mails[0].subject).toContain(doc.documentNumber);
    expect(mails[0].text).toContain("Published by mistake.");
    expect(mails[0].subject).toContain("أُلغي نشر الوثيقة");
  });

  it("leaves every public surface: page (notice instead), search, facets, API (410 with the reason), CSV, feed, statistics", async () => {
    // Warm the public list's cached counts first: they must be forgotten by the change.
    const before = await searchPublished(parsePublicSearch({}));
    expect(before.total).toBe(2);
    expect(before.facets.al.find((f) => f.value === "C9")?.count).toBe(1);
    await unpublish();
    expect(await getPublishedContribution(doc.referenceNumber)).toBeNull();
    expect(await publishedReferenceOf(doc.documentNumber)).toBeNull();
    const after = await searchPublished(parsePublicSearch({}));
    expect(after.total).toBe(1);
    expect(after.rows.map((r) => r.id)).toEqual([other]);
    expect(after.facets.al.find((f) => f.value === "C9")).toBeUndefined();
    expect((await searchPublished(parsePublicSearch({ q: "مساهمة" }))).rows).toEqual([]);
    const list = await listPublicContributions(parsePublicSearch({}), null, 100, "http://localhost");
    expect(list.data.map((r) => r.referenceNumber)).not.toContain(doc.referenceNumber);
    expect((await publicStatistics()).total).toBe(1);
    // Anonymous scope, CSV and feed.
    expect(await getContribution(ANONYMOUS, doc.id)).toBeNull();
    const csv = await (await csvGet(new Request("http://localhost/api/v1/contributions.csv"))).text();
    expect(csv).not.toContain(doc.referenceNumber);
    const feed = await (await feedGet(new Request("http://localhost/feed.xml"))).text();
    expect(feed).not.toContain(doc.referenceNumber);
    expect(feed).toContain("Stays published");
    // The notice: number, title, dates and reason; the API answers 410 with the same, by either number.
    const notice = await getUnpublishedNotice(doc.referenceNumber);
    expect(notice).toMatchObject({ documentNumber: doc.documentNumber, title: "مساهمة للسحب", reason: "Published by mistake: the organisation asked for it." });
    expect(await getUnpublishedNotice(doc.documentNumber)).toEqual(notice);
    for (const ref of [doc.referenceNumber, doc.documentNumber]) {
      const res = await api(ref);
      expect(res.status).toBe(410);
      const body = await res.json();
      expect(body).toMatchObject({ documentNumber: doc.documentNumber, reason: "Published by mistake: the organisation asked for it." });
      expect(body).not.toHaveProperty("body");
    }
    // The secretariat's queue finds it by its status.
    const queue = await listQueue(await world.actor("secretariat"), parseQueueQuery({ status: "UNPUBLISHED" }));
    expect(queue.rows.map((r) => r.id)).toEqual([doc.id]);
  });

  it("the API answers 200 for a published document and 404 for one never published", async () => {
    expect((await api(doc.referenceNumber)).status).toBe(200);
    expect((await (await api(doc.documentNumber)).json()).data.title).toBe("مساهمة للسحب");
    const submitted = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Only submitted" }));
    expect((await api(submitted.referenceNumber)).status).toBe(404);
    expect((await api("nothing-like-this")).status).toBe(404);
    expect(await getUnpublishedNotice(submitted.referenceNumber)).toBeNull();
  });

  it("two secretariat members at once: exactly one unpublishes, the other is told the new status", async () => {
    const s = await world.actor("secretariat");
    const a = await world.actor("admin");
    const results = await Promise.allSettled([
      changePublication(s, { action: "unpublish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason: "First." }),
      changePublication(a, { action: "unpublish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason: "Second." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT", params: { status: "UNPUBLISHED" } });
    expect(await db.auditEvent.count({ where: { contributionId: doc.id, action: "contribution.unpublish" } })).toBe(1);
    expect(await db.outboundEmail.count()).toBe(1);
  });

  it("refuses without a reason, from another status, and to anyone without contribution.decide", async () => {
    await expect(unpublish("   ")).rejects.toMatchObject({ code: "VALIDATION" });
    const submitted = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Only submitted" }));
    await expect(changePublication(await world.actor("secretariat"), { action: "unpublish", contributionId: submitted.id, expectedStatus: "SUBMITTED", reason: "x" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(changePublication(await world.actor("secretariat"), { action: "republish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason: "" })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    // The contributing organisation itself, another organisation, the public: never.
    for (const who of ["otherOrg", "etuFocal", "contributor", "outsider"] as const) {
      await expect(changePublication(await world.actor(who), { action: "unpublish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason: "x" })).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
    }
    await expect(changePublication(ANONYMOUS, { action: "unpublish", contributionId: doc.id, expectedStatus: "ACCEPTED", reason: "x" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.contribution.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("ACCEPTED");
    expect(await db.outboundEmail.count({ where: { kind: "unpublished" } })).toBe(0);
  });
});

describe("republish", () => {
  it("publishes again under the same number, audited and e-mailed; the public sees the text again", async () => {
    await unpublish();
    await changePublication(await world.actor("secretariat"), { action: "republish", contributionId: doc.id, expectedStatus: "UNPUBLISHED", reason: "" });
    const row = await db.contribution.findUniqueOrThrow({ where: { id: doc.id } });
    expect(row).toMatchObject({ status: "ACCEPTED", documentNumber: doc.documentNumber, unpublishedAt: null, unpublishReason: null });
    expect((await getPublishedContribution(doc.referenceNumber))?.documentNumber).toBe(doc.documentNumber);
    expect((await searchPublished(parsePublicSearch({}))).total).toBe(2);
    expect((await api(doc.referenceNumber)).status).toBe(200);
    expect(await db.outboundEmail.findMany({ select: { kind: true, locale: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { kind: "unpublished", locale: "ar" },
      { kind: "republished", locale: "ar" },
    ]);
    expect((await db.auditEvent.findMany({ where: { contributionId: doc.id, action: { in: ["contribution.unpublish", "contribution.republish"] } }, orderBy: { at: "asc" } })).map((e) => e.action)).toEqual(["contribution.unpublish", "contribution.republish"]);
  });

  it("never gives an unpublished document's number to another", async () => {
    await unpublish();
    const next = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Next one" }));
    const { documentNumber } = await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: next.id, expectedStatus: "SUBMITTED", reason: "" });
    expect(documentNumber).not.toBe(doc.documentNumber);
    expect(documentNumber).toMatch(/\/3$/);
  });
});
