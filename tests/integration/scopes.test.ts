/**
 * One test per scope builder (lib/auth/scopes.ts): for every role, what the builder selects is
 * exactly what the resource's list shows, what its detail opens and what its export writes.
 *
 * Roles: anonymous, contributor (EXA), focal point (EXA), another organisation's focal point (TEO,
 * never invited), invited co-sponsor (ETU's focal point: invited to one EXA contribution, confirmed
 * on another, declined a third), pending member (EXA, unverified), secretariat, admin.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, type Actor } from "@/lib/auth/permissions";
import {
  attachmentWhereFor,
  auditEventWhereFor,
  coSponsorWhereFor,
  contributionWhereFor,
  emailWhereFor,
  exportJobWhereFor,
  internalNoteWhereFor,
  invitationWhereFor,
  membershipWhereFor,
  organisationWhereFor,
  queueWhereFor,
} from "@/lib/auth/scopes";
import { loadActor } from "@/lib/auth/load-actor";
import { env } from "@/lib/env";
import { upsertOrganisation, upsertUser } from "@/prisma/factories";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { changePublication } from "@/lib/services/contributions/publication";
import { markDuplicate } from "@/lib/services/triage/duplicates";
import { getContribution, getOwnContribution, getPublishedContribution, getQueueContribution } from "@/lib/services/contributions/get-contribution";
import { listOrganisationContributions } from "@/lib/services/contributions/list-organisation-contributions";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { listContributionEmails } from "@/lib/services/contributions/contribution-emails";
import { listTimelineEvents } from "@/lib/services/contributions/timeline-events";
import { listAttachments, getAttachmentForDownload } from "@/lib/services/attachments/get-attachment";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { listCoSponsors, listInvitations } from "@/lib/services/cosponsors/list-cosponsors";
import { listMyMemberships, listPendingAffiliations, listVerifiedOrganisations } from "@/lib/services/organisations/list-affiliations";
import { listMembers } from "@/lib/services/organisations/manage-members";
import { listExportJobs, openExportJobFile } from "@/lib/services/exports/export-jobs";
import { exportSource } from "@/lib/services/exports/export-source";
import { listPublicContributions } from "@/lib/services/open-data/public-contributions";
import { searchPublished } from "@/lib/services/search/search-published";
import { assignContribution } from "@/lib/services/triage/assign-contribution";
import { addInternalNote, listInternalNotes } from "@/lib/services/triage/internal-notes";
import { requestAffiliation } from "@/lib/services/organisations/request-affiliation";
import type { BlobStorage } from "@/lib/storage";
import { Readable } from "node:stream";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";
import { createContribution } from "../support/drafts";

const ROLES = ["anonymous", "contributor", "focalPoint", "otherFocal", "invited", "pending", "secretariat", "admin"] as const;
type Role = (typeof ROLES)[number];

let world: World;
let actors: Record<Role, Actor>;
let c: { draft: string; submitted: string; accepted: string; declined: string; etuOwn: string; withdrawnInvite: string; unpublished: string; duplicate: string };
let jobs: { secretariat: string; admin: string };
const fakeStorage: BlobStorage = { put: async () => ({ sha256: "", size: 0 }), open: async () => Readable.from([Buffer.from("x")]), exists: async () => true, delete: async () => {} } as unknown as BlobStorage;

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const all = () => Object.values(c);

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const teo = await upsertOrganisation(db, { name: "Third Example Org", shortCode: "TEO", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY" });
  const teoFocal = await upsertUser(db, { email: "teo.fp@example.org", name: "Tess", organisationId: teo.id, membershipRole: "FOCAL_POINT" });
  const contributor = await world.actor("contributor");
  const secretariat = await world.actor("secretariat");
  const submit = async (title: string) => (await submitContribution(contributor, contributionInput(world, { title }))).id;
  c = {
    draft: (await createContribution(world, "DRAFT")).id,
    submitted: await submit("Submitted, ETU invited"),
    accepted: await submit("Accepted, ETU confirmed"),
    declined: await submit("Submitted, ETU declined"),
    withdrawnInvite: await submit("Submitted, ETU's invitation withdrawn"),
    etuOwn: (await submitContribution(await world.actor("otherOrg"), contributionInput(world, { title: "ETU's own", organisationId: world.etu.id }))).id,
    unpublished: await submit("Published, then unpublished"),
    duplicate: await submit("Decided a duplicate"),
  };
  const invite = (id: string) => inviteCoSponsor(contributor, { contributionId: id, organisationId: world.etu.id });
  await invite(c.submitted);
  const etuFocal = await world.actor("etuFocal");
  await respondCoSponsorship(etuFocal, { coSponsorId: (await invite(c.accepted)).id, response: "CONFIRMED" });
  await respondCoSponsorship(etuFocal, { coSponsorId: (await invite(c.declined)).id, response: "DECLINED" });
  await db.coSponsor.update({ where: { id: (await invite(c.withdrawnInvite)).id }, data: { status: "WITHDRAWN" } });
  await decideContribution(secretariat, { decision: "accept", contributionId: c.accepted, expectedStatus: "SUBMITTED", reason: "" });
  // Issue 14 item 3: an unpublished document is public no more (only its notice is).
  await decideContribution(secretariat, { decision: "accept", contributionId: c.unpublished, expectedStatus: "SUBMITTED", reason: "" });
  await changePublication(secretariat, { action: "unpublish", contributionId: c.unpublished, expectedStatus: "ACCEPTED", reason: "Published by mistake." });
  // Issue 14 item 4: a duplicate (a decision) of the published one is never public either.
  await markDuplicate(secretariat, { contributionId: c.duplicate, duplicateOfId: c.accepted, expected: null });
  // Internal business on the invited contribution: an assignment and a note.
  await assignContribution(secretariat, { contributionId: c.submitted, assigneeId: world.users.secretariat.id });
  await addInternalNote(secretariat, { contributionId: c.submitted, text: "Internal." });
  for (const id of all()) {
    await db.attachment.create({ data: { contributionId: id, filename: "file.pdf", mediaType: "application/pdf", size: 1, sha256: "a".repeat(64), uploadedById: world.users.contributor.id } });
  }
  // A proposed organisation awaiting verification, and an export job each for secretariat and admin.
  await requestAffiliation(await world.actor("outsider"), { kind: "new", personName: "Olu", organisation: { name: "Proposed Org", shortCode: "PRO", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY", country: "CH", ituRegion: "B" } } as never);
  const job = async (userId: string) => {
    const row = await db.exportJob.create({ data: { userId, format: "csv", filter: {}, locale: "en", total: 0, status: "DONE", expiresAt: new Date(Date.now() + 3_600_000) } });
    await mkdir(path.resolve(env().STORAGE_DIR, "exports"), { recursive: true });
    await writeFile(path.resolve(env().STORAGE_DIR, "exports", `${row.id}.csv`), "x");
    await db.exportJob.update({ where: { id: row.id }, data: { filePath: `${row.id}.csv` } });
    return row.id;
  };
  jobs = { secretariat: await job(world.users.secretariat.id), admin: await job(world.users.admin.id) };
  const a = async (key: keyof World["users"]) => (await loadActor(world.users[key].id))!;
  actors = {
    anonymous: ANONYMOUS,
    contributor: await a("contributor"),
    focalPoint: await a("focalPoint"),
    otherFocal: (await loadActor(teoFocal.id))!,
    invited: etuFocal,
    pending: await a("unverified"),
    secretariat,
    admin: await a("admin"),
  };
});

/** What each role may see of the six contributions, as the product brief says. */
const EXPECTED_CONTRIBUTIONS: Record<Role, (keyof typeof c)[]> = {
  anonymous: ["accepted"],
  contributor: ["draft", "submitted", "accepted", "declined", "withdrawnInvite", "unpublished", "duplicate"],
  focalPoint: ["draft", "submitted", "accepted", "declined", "withdrawnInvite", "unpublished", "duplicate"],
  otherFocal: ["accepted"],
  invited: ["submitted", "accepted", "etuOwn"],
  pending: ["accepted"],
  secretariat: ["submitted", "accepted", "declined", "withdrawnInvite", "etuOwn", "unpublished", "duplicate"],
  admin: ["submitted", "accepted", "declined", "withdrawnInvite", "etuOwn", "unpublished", "duplicate"],
};
const names = (list: string[]) => Object.entries(c).filter(([, id]) => list.includes(id)).map(([k]) => k).sort();

describe.each(ROLES)("as %s", (role) => {
  it("contributions: the scope, the detail, the organisation's list and the public list and export agree", async () => {
    const actor = actors[role];
    const scoped = ids(await db.contribution.findMany({ where: contributionWhereFor(actor), select: { id: true } }));
    expect(names(scoped)).toEqual([...EXPECTED_CONTRIBUTIONS[role]].sort());
    for (const id of all()) expect((await getContribution(actor, id)) !== null, id).toBe(scoped.includes(id));
    for (const r of await listOrganisationContributions(actor)) expect(scoped).toContain(r.id);
    // Public surfaces: published only, and each opens on its public page.
    const published = ids(await db.contribution.findMany({ where: { AND: [contributionWhereFor(ANONYMOUS), { id: { in: all() } }] }, select: { id: true } }));
    expect(ids((await searchPublished(parsePublicSearch({}))).rows)).toEqual(published);
    const api = await listPublicContributions(parsePublicSearch({}), null, 100, "http://localhost");
    expect(api.data.map((r) => r.referenceNumber).sort()).toEqual((await db.contribution.findMany({ where: { id: { in: published } } })).map((r) => r.referenceNumber).sort());
    for (const r of api.data) expect(await getPublishedContribution(r.referenceNumber)).not.toBeNull();
  });

  it("queue: the scope, the queue page, the detail and every export agree (nothing outside queue.view)", async () => {
    const actor = actors[role];
    const scoped = ids(await db.contribution.findMany({ where: queueWhereFor(actor), select: { id: true } }));
    const queueRoles: Role[] = ["secretariat", "admin"];
    expect(names(scoped)).toEqual(queueRoles.includes(role) ? [...EXPECTED_CONTRIBUTIONS.secretariat].sort() : []);
    for (const id of all()) expect((await getQueueContribution(actor, id)) !== null, id).toBe(scoped.includes(id));
    if (queueRoles.includes(role)) {
      expect(ids((await listQueue(actor, parseQueueQuery({}))).rows)).toEqual(scoped);
      const exported: string[] = [];
      for await (const r of exportSource(actor, parseQueueQuery({})).records()) exported.push(r.internal.id);
      expect(exported.sort()).toEqual(scoped);
    } else {
      const refusal = { code: role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN" };
      await expect(listQueue(actor, parseQueueQuery({}))).rejects.toMatchObject(refusal);
      expect(() => exportSource(actor, parseQueueQuery({}))).toThrow(expect.objectContaining(refusal));
    }
  });

  it("attachments: the list, the download and the export's ZIP follow the contribution's scope", async () => {
    const actor = actors[role];
    const scoped = await db.attachment.findMany({ where: attachmentWhereFor(actor), select: { id: true, contributionId: true } });
    const visible = ids(await db.contribution.findMany({ where: contributionWhereFor(actor), select: { id: true } }));
    expect(scoped.map((a) => a.contributionId).sort()).toEqual(visible);
    for (const id of all()) {
      const listed = await listAttachments(actor, id);
      expect(listed.length, id).toBe(visible.includes(id) ? 1 : 0);
    }
    for (const a of await db.attachment.findMany()) {
      const download = await getAttachmentForDownload(actor, a.id, { storage: fakeStorage });
      download?.content.destroy();
      expect(download !== null).toBe(scoped.some((s) => s.id === a.id));
    }
    // The ZIP export (queue.view only: refused above): one folder per queue contribution, with its files.
    if (role !== "secretariat" && role !== "admin") return;
    const zipped: string[] = [];
    for await (const group of exportSource(actor, parseQueueQuery({})).attachments()) for (const _ of group.files) zipped.push(group.folder);
    const inQueue = await db.attachment.findMany({ where: { AND: [attachmentWhereFor(actor), { contribution: queueWhereFor(actor) }] }, select: { contribution: { select: { documentNumber: true, referenceNumber: true } } } });
    expect(zipped.sort()).toEqual(inQueue.map((a) => a.contribution.documentNumber ?? a.contribution.referenceNumber).sort());
  });

  it("co-sponsors and invitations: a contribution's list follows its scope; /cosponsorships lists standing invitations the person may open", async () => {
    const actor = actors[role];
    const scoped = await db.coSponsor.findMany({ where: coSponsorWhereFor(actor), select: { id: true, contributionId: true } });
    for (const id of all()) {
      const visible = (await getContribution(actor, id)) !== null;
      const listed = await listCoSponsors(actor, id);
      expect(ids(listed)).toEqual(ids(scoped.filter((s) => s.contributionId === id)));
      if (!visible) expect(listed).toEqual([]);
    }
    const invitations = await listInvitations(actor);
    expect(ids(invitations)).toEqual(ids(await db.coSponsor.findMany({ where: invitationWhereFor(actor), select: { id: true } })));
    expect(invitations.map((i) => i.contribution.title).sort()).toEqual(role === "invited" ? ["Accepted, ETU confirmed", "Submitted, ETU invited"] : []);
    // Every listed invitation opens: its contribution is shared with the invited focal point.
    for (const i of invitations) expect((await getOwnContribution(actor, i.contribution.id))?.access).toBe("invited");
  });

  it("memberships and organisations: the scope, each list and the focal point's members page agree", async () => {
    const actor = actors[role];
    const scoped = ids(await db.membership.findMany({ where: membershipWhereFor(actor), select: { id: true } }));
    const mine = await listMyMemberships(actor);
    for (const m of mine) expect(scoped).toContain(m.id);
    if (actor.kind === "user") expect(ids(mine)).toEqual(ids(await db.membership.findMany({ where: { userId: actor.userId }, select: { id: true } })));
    const verify = role === "secretariat" || role === "admin";
    if (verify) expect(ids(await listPendingAffiliations(actor))).toEqual(ids(await db.membership.findMany({ where: { verifiedAt: null }, select: { id: true } })));
    else await expect(listPendingAffiliations(actor)).rejects.toBeTruthy();
    for (const org of [world.exa, world.etu]) {
      const members = await listMembers(actor, org.id).then((r) => r.members, () => null);
      const manages = (role === "focalPoint" && org.id === world.exa.id) || (role === "invited" && org.id === world.etu.id);
      expect(members !== null, org.name).toBe(manages);
      if (members) expect(ids(members)).toEqual(ids(await db.membership.findMany({ where: { AND: [membershipWhereFor(actor), { organisationId: org.id }] }, select: { id: true } })));
    }
    const organisations = ids(await db.organisation.findMany({ where: organisationWhereFor(actor), select: { id: true } }));
    for (const o of await listVerifiedOrganisations(actor)) expect(organisations).toContain(o.id);
    const proposed = await db.organisation.findFirstOrThrow({ where: { shortCode: "PRO" } });
    expect(organisations.includes(proposed.id)).toBe(verify);
  });

  it("export jobs: a job is listed and downloadable by its starter only, while they hold queue.view", async () => {
    const actor = actors[role];
    const scoped = ids(await db.exportJob.findMany({ where: exportJobWhereFor(actor), select: { id: true } }));
    const own = role === "secretariat" ? [jobs.secretariat] : role === "admin" ? [jobs.admin] : [];
    expect(scoped).toEqual(own);
    if (own.length) expect(ids(await listExportJobs(actor))).toEqual(own);
    else await expect(listExportJobs(actor)).rejects.toBeTruthy();
    for (const id of Object.values(jobs)) {
      const opened = await openExportJobFile(actor, id).then((f) => (f.stream.destroy(), true), () => false);
      expect(opened, id).toBe(own.includes(id));
    }
  });

  it("e-mails: a contribution's e-mail log is the scope's, and a non-secretariat person sees only their own", async () => {
    const actor = actors[role];
    const scoped = await db.outboundEmail.findMany({ where: emailWhereFor(actor), select: { id: true, to: true, contributionId: true } });
    for (const id of all()) expect(ids(await listContributionEmails(actor, id))).toEqual(ids(scoped.filter((e) => e.contributionId === id)));
    if (actor.kind === "user" && role !== "secretariat" && role !== "admin") for (const e of scoped) expect(e.to).toBe(actor.email);
    if (role === "secretariat") expect(scoped.length).toBe(await db.outboundEmail.count({ where: { contribution: { status: { not: "DRAFT" } } } }));
  });

  it("audit events: each timeline is the scope's, allow-listed per audience; internal actions stay with the secretariat", async () => {
    const actor = actors[role];
    const scoped = await db.auditEvent.findMany({ where: auditEventWhereFor(actor), select: { id: true, action: true, contributionId: true } });
    for (const id of all()) expect(ids(await listTimelineEvents(actor, id))).toEqual(ids(scoped.filter((e) => e.contributionId === id)));
    const actions = new Set(scoped.map((e) => e.action));
    expect(actions.has("contribution.assign")).toBe(role === "secretariat" || role === "admin");
    if (role === "invited") expect(scoped.filter((e) => e.contributionId !== c.etuOwn)).toEqual([]);
    if (role === "anonymous" || role === "otherFocal" || role === "pending") expect(scoped).toEqual([]);
    // Internal notes: the secretariat's alone.
    const notes = await db.internalNote.findMany({ where: internalNoteWhereFor(actor) });
    expect(notes.length).toBe(role === "secretariat" || role === "admin" ? 1 : 0);
    if (notes.length) expect((await listInternalNotes(actor, c.submitted)).map((n) => n.text)).toEqual(["Internal."]);
  });
});
