/**
 * Role × entry point (issue 12, "Done when" (a)): every server action (lib/actions/*) and every
 * route handler (app/api/**\/route.ts) is called, through its real module, as each of eight
 * callers, on the real PostgreSQL. What each caller must get is GENERATED from the permission
 * table (lib/auth/permissions.ts): an entry names the permission its service requires (and the
 * organisation it is scoped to); `can()` then says, per role, whether the answer must be a refusal
 * (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, NOT_AFFILIATED, STAFF_NOT_DELEGATE, OWN_CASE; HTTP
 * 401/403/404) that changes nothing, or an answer that is not a refusal (the service ran; a
 * CONFLICT from an earlier role's call counts as served, a VALIDATION never does: the test's
 * input must be valid, so a refusal is never a schema accident).
 *
 * Coverage is checked too: the test imports every lib/actions module and every route file and
 * fails when an exported action or HTTP method is not in the table below (add a row, or to
 * NOT_ROLE_BASED with the reason).
 *
 * Only the request's surroundings are stood in for: who is signed in, the URL's locale, Next's
 * page cache (as tests/integration/action-client.test.ts does).
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { env } from "@/lib/env";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS, can, isStaff, type Actor, type Permission } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/load-actor";
import { upsertOrganisation, upsertUser } from "@/prisma/factories";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { baselineVersion } from "@/lib/services/proposals/get-baseline";
import { saveMeeting } from "@/lib/services/meetings/save-meeting";
import { addMeetingDocument } from "@/lib/services/meetings/meeting-documents";
import { blobStorage } from "@/lib/storage";
import { ZContributionInput } from "@/lib/schemas/contribution";
import { ZMeetingInput } from "@/lib/schemas/meeting";
import { Readable } from "node:stream";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";
import { createContribution, setStatus } from "../support/drafts";

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor, auditsWhenAsked: -1 }));
// The entry point asks who is calling once its target exists (the fixtures are written): the
// audit count then is what a refusal must leave unchanged.
vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => {
    const { db } = await import("@/lib/db");
    request.auditsWhenAsked = await db.auditEvent.count();
    return request.actor;
  },
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const ROOT = path.resolve(__dirname, "../..");
const ROLES = ["anonymous", "contributor", "focalPoint", "otherFocal", "invited", "pending", "secretariat", "admin"] as const;
type Role = (typeof ROLES)[number];
const REFUSALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "NOT_AFFILIATED", "STAFF_NOT_DELEGATE", "OWN_CASE", "401", "403", "404"]);

type Org = "exa" | "etu";
/**
 * Who may: a permission of the table (scoped to an organisation when the service scopes it),
 * "public" (everyone, anonymous included), "signed-in", or "delegate" (signed in and not staff:
 * separation of duties, permissions.ts isStaff).
 */
type Rule = { permission: Permission | "public" | "signed-in" | "delegate"; organisation?: Org; also?: { permission: Permission; organisation?: Org }; only?: Role[]; why?: string };
interface Entry extends Rule {
  call: (role: Role, actor: Actor) => Promise<unknown>;
  /** A refused anonymous caller gets a silent no-op instead of a refusal (the language chooser). */
  anonymousNoOp?: boolean;
}

let world: World;
let actors: Record<Role, Actor>;
const orgId = (o: Org) => world[o].id;

function allowed(rule: Rule, role: Role): boolean {
  const actor = actors[role];
  const one = (r: { permission: Rule["permission"]; organisation?: Org }): boolean => {
    if (r.permission === "public") return true;
    if (r.permission === "signed-in") return actor.kind === "user";
    if (r.permission === "delegate") return actor.kind === "user" && !isStaff(actor);
    return can(actor, r.permission, r.organisation ? { organisationId: orgId(r.organisation) } : {});
  };
  return (one(rule) || (rule.also ? one(rule.also) : false)) && (!rule.only || rule.only.includes(role));
}

/** The answer as one word: "ok", an error code, or an HTTP status. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    const r = await run();
    if (r instanceof Response) {
      await r.body?.cancel().catch(() => {});
      return r.status < 300 ? "ok" : String(r.status);
    }
    if (r && typeof r === "object" && "ok" in r) return (r as { ok: boolean }).ok ? "ok" : (r as unknown as { code: string }).code;
    return "ok";
  } catch (e) {
    const digest = (e as { digest?: string } | null)?.digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) {
      const to = new URL(digest.split(";")[2], "http://x");
      return to.searchParams.get("error") ?? "ok";
    }
    if (e && typeof e === "object" && "code" in e) return String((e as { code: unknown }).code);
    throw e;
  }
}

// ---- fixtures: a fresh target per call where a call changes it --------------------------------
const submitted = async (org: Org = "exa", over: Record<string, unknown> = {}) =>
  (await submitContribution(await world.actor(org === "exa" ? "contributor" : "otherOrg"), contributionInput(world, { organisationId: orgId(org), title: `Target ${randomUUID().slice(0, 6)}`, ...over }))).id;
const draft = async () => (await createContribution(world, "DRAFT")).id;
const freshUser = async () => upsertUser(db, { email: `${randomUUID().slice(0, 8)}@example.org`, name: "Fresh" });
const freshOrg = async () => upsertOrganisation(db, { name: `Org ${randomUUID().slice(0, 6)}`, shortCode: `Q${randomUUID().slice(0, 5).replace(/[^A-Za-z0-9]/g, "A").toUpperCase()}`, membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY" });
const attachmentOn = async (contributionId: string) => {
  const blob = await blobStorage().put(Readable.from([Buffer.from("%PDF-1.4 role matrix")]), { maxBytes: 1_000 });
  return (await db.attachment.create({ data: { contributionId, filename: "f.pdf", mediaType: "application/pdf", size: blob.size, sha256: blob.sha256, uploadedById: world.users.contributor.id } })).id;
};
// Written directly: the invitation service's per-person limit is not what this test is about.
const invitation = async () => (await db.coSponsor.create({ data: { contributionId: await submitted(), organisationId: orgId("etu"), invitedById: world.users.contributor.id } })).id;
let meetingNumber = 100;
const meeting = async () => (await saveMeeting(await world.actor("secretariat"), ZMeetingInput.parse({ number: String(meetingNumber++), startsOn: "2027-02-10", endsOn: "2027-02-11", place: "Geneva", virtual: true, documentsDeadline: "2027-01-27T23:59", timeZone: "Europe/Zurich" }))).id;
const accepted = async () => {
  const id = await submitted();
  return decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" } as never);
};
const acceptedId = async () => (await db.contribution.findFirstOrThrow({ where: { documentNumber: (await accepted()).documentNumber } })).id;
const submittedPart = async () => {
  const { submitDocumentPart } = await import("@/lib/services/documents/submit-part");
  await submitDocumentPart(await world.actor("contributor"), { contributionId: await acceptedId(), kind: "ADDENDUM", title: "An addendum", summary: "", body: "Addendum text." } as never);
  return db.documentPart.findFirstOrThrow({ where: { status: "SUBMITTED" }, orderBy: { createdAt: "desc" } });
};
const proposal = async () => {
  const input = ZContributionInput.parse({ ...contributionInput(world), type: "ACTION_LINE_REVISION", actionLines: ["C2"], proposals: [{ marker: "SUP", ref: "9 e)", text: "", reasons: "Covered by 9 d)." }] });
  const { id } = await submitContribution(await world.actor("contributor"), input);
  return db.revisionProposal.findFirstOrThrow({ where: { contributionId: id } });
};
const organisationFields = { name: "Renamed Org", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY", country: "", ituRegion: "" };
const route = async (file: string) => import(/* @vite-ignore */ path.join(ROOT, "app/api", file));
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

/** Every exported server action, by "file#export". */
const ACTIONS: Record<string, Entry> = {
  "account#deleteAccountAction": {
    permission: "signed-in",
    // Last: it removes the caller. A fresh person per call, so the roles' accounts stay.
    call: async (_role, actor) => {
      const { deleteAccountAction } = await import("@/lib/actions/account");
      if (actor.kind !== "user") return deleteAccountAction(null, { confirmEmail: "x@example.org" });
      const user = await upsertUser(db, { email: `${randomUUID().slice(0, 8)}@example.org`, name: "Leaving", role: actor.role, organisationId: actor.memberships[0]?.organisationId, membershipRole: actor.memberships[0]?.role, verified: actor.memberships[0]?.verified });
      request.actor = (await loadActor(user.id))!;
      return deleteAccountAction(null, { confirmEmail: user.email });
    },
  },
  "admin#setUserRoleAction": { permission: "admin.manage", call: async () => (await import("@/lib/actions/admin")).setUserRoleAction(null, { userId: (await freshUser()).id, from: "USER", to: "SECRETARIAT" }) },
  "admin#setUserActiveAction": { permission: "admin.manage", call: async () => (await import("@/lib/actions/admin")).setUserActiveAction(null, { userId: (await freshUser()).id, op: "deactivate" }) },
  "admin#editOrganisationAction": {
    permission: "admin.manage",
    call: async () => {
      const o = await freshOrg();
      return (await import("@/lib/actions/admin")).editOrganisationAction(null, { ...organisationFields, organisationId: o.id, updatedAt: o.updatedAt.toISOString() });
    },
  },
  "admin#withdrawVerificationAction": {
    permission: "admin.manage",
    call: async () => {
      const o = await freshOrg();
      return (await import("@/lib/actions/admin")).withdrawVerificationAction(null, { organisationId: o.id, updatedAt: o.updatedAt.toISOString() });
    },
  },
  "admin#mergeOrganisationsAction": {
    permission: "admin.manage",
    call: async () => {
      const [a, b] = [await freshOrg(), await freshOrg()];
      return (await import("@/lib/actions/admin")).mergeOrganisationsAction(null, { sourceId: a.id, sourceUpdatedAt: a.updatedAt.toISOString(), survivorId: b.id, survivorUpdatedAt: b.updatedAt.toISOString() });
    },
  },
  "affiliations#requestAffiliationAction": {
    permission: "delegate",
    call: async () => (await import("@/lib/actions/affiliations")).requestAffiliationAction(null, { kind: "existing", personName: "A Person", organisationId: (await freshOrg()).id }),
  },
  "affiliations#verifyAffiliationAction": {
    permission: "affiliation.verify",
    call: async () => {
      const u = await upsertUser(db, { email: `${randomUUID().slice(0, 8)}@example.org`, name: "Asking", organisationId: orgId("exa"), verified: false });
      const m = await db.membership.findFirstOrThrow({ where: { userId: u.id } });
      return (await import("@/lib/actions/affiliations")).verifyAffiliationAction(null, { membershipId: m.id, decision: "verify", reason: "" });
    },
  },
  "affiliations#addContributorAction": {
    permission: "organisation.manage-contributors",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/affiliations")).addContributorAction(null, { organisationId: orgId("exa"), email: `${randomUUID().slice(0, 8)}@example.org`, name: "New Person" }),
  },
  "affiliations#removeContributorAction": {
    permission: "organisation.manage-contributors",
    organisation: "exa",
    call: async () => {
      const u = await upsertUser(db, { email: `${randomUUID().slice(0, 8)}@example.org`, name: "Member", organisationId: orgId("exa") });
      const m = await db.membership.findFirstOrThrow({ where: { userId: u.id } });
      return (await import("@/lib/actions/affiliations")).removeContributorAction(null, { membershipId: m.id });
    },
  },
  "affiliations#respondMembershipInvitationAction": {
    // Each person answers an invitation made to them (another's: enrolment-invitation.test.ts).
    permission: "delegate",
    call: async (_role, actor) => {
      const userId = actor.kind === "user" ? actor.userId : world.users.outsider.id;
      const m = await db.membership.create({ data: { userId, organisationId: (await freshOrg()).id, invitedById: world.users.focalPoint.id, invitedAt: new Date() } });
      return (await import("@/lib/actions/affiliations")).respondMembershipInvitationAction(null, { membershipId: m.id, response: "accept" });
    },
  },
  "announcements#sendAnnouncementAction": {
    permission: "announcement.send",
    call: async () => (await import("@/lib/actions/announcements")).sendAnnouncementAction(null, { consultationId: world.consultation.id, statuses: [], subject_en: "A notice", body_en: "The window closes soon." }),
  },
  "attachments#removeAttachmentAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/attachments")).removeAttachmentAction(null, { attachmentId: await attachmentOn(await draft()) }),
  },
  "attachments#docxTextAction": {
    // Reading a draft's attachment into its body: the people who edit the draft.
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/attachments")).docxTextAction(null, { attachmentId: await attachmentOn(await draft()) }),
  },
  "baselines#loadBaselineAction": {
    permission: "baseline.load",
    call: async () => {
      const v1 = (await baselineVersion(1))!;
      const definition = { title: "Revised text (matrix)", documentRef: "TEST/M", provisions: v1.provisions.map((p) => ({ ref: p.ref, actionLine: p.actionLine, kind: p.kind, text: p.text, partial: p.partial })) };
      return (await import("@/lib/actions/baselines")).loadBaselineAction(null, { definition: JSON.stringify(definition) });
    },
  },
  "consultations#saveConsultationAction": {
    permission: "consultation.manage",
    call: async () => {
      const code = `M${randomUUID().slice(0, 6).replace(/-/g, "").toUpperCase()}`;
      return (await import("@/lib/actions/consultations")).saveConsultationAction(null, {
        slug: code.toLowerCase(), code, titleEn: "A consultation", titleAr: "مشاورة", descriptionEn: "Text.", descriptionAr: "", timeZone: "Europe/Zurich",
        opensAt: "2026-12-01T00:00", closesAt: "2027-02-28T23:59", allowGeneral: true, allowRevision: false, questionsEn: "A question?", questionsAr: "",
      });
    },
  },
  "contribution-drafts#saveDraftAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/contribution-drafts")).saveDraftAction(null, contributionInput(world)),
  },
  "contribution-drafts#resubmitContributionAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => {
      const id = await submitted();
      await setStatus(id, "CHANGES_REQUESTED");
      return (await import("@/lib/actions/contribution-drafts")).resubmitContributionAction(null, { ...contributionInput(world), contributionId: id, expectedStatus: "CHANGES_REQUESTED" });
    },
  },
  "cosponsors#inviteCoSponsorAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/cosponsors")).inviteCoSponsorAction(null, { contributionId: await submitted(), organisationId: orgId("etu") }),
  },
  "cosponsors#withdrawCoSponsorAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => {
      const coSponsorId = await invitation();
      const { contributionId } = await db.coSponsor.findUniqueOrThrow({ where: { id: coSponsorId } });
      return (await import("@/lib/actions/cosponsors")).withdrawCoSponsorAction(null, { contributionId, coSponsorId });
    },
  },
  "cosponsors#respondCoSponsorshipAction": {
    permission: "cosponsor.confirm",
    organisation: "etu",
    call: async () => (await import("@/lib/actions/cosponsors")).respondCoSponsorshipAction(null, { coSponsorId: await invitation(), response: "CONFIRMED" }),
  },
  "decide-contribution#decideContributionAction": {
    permission: "contribution.decide",
    call: async () => (await import("@/lib/actions/decide-contribution")).decideContributionAction(null, { decision: "accept", contributionId: await submitted(), expectedStatus: "SUBMITTED", reason: "" }),
  },
  "delete-draft#deleteDraftAction": { permission: "contribution.create", organisation: "exa", call: async () => (await import("@/lib/actions/delete-draft")).deleteDraftAction(null, { contributionId: await draft() }) },
  "campaigns#confirmCampaignAction": {
    permission: "contribution.mark-duplicate",
    call: async () => {
      const representativeId = await submitted();
      return (await import("@/lib/actions/campaigns")).confirmCampaignAction(null, { representativeId, memberIds: [representativeId, await submitted("etu")] });
    },
  },
  "campaigns#dissolveCampaignAction": {
    permission: "contribution.mark-duplicate",
    call: async () => {
      const campaign = await db.campaign.create({ data: { representativeId: await submitted() } });
      return (await import("@/lib/actions/campaigns")).dissolveCampaignAction(null, { campaignId: campaign.id });
    },
  },
  "document-parts#requestDocumentPartAction": {
    permission: "document.revise",
    call: async () => (await import("@/lib/actions/document-parts")).requestDocumentPartAction(null, { contributionId: await acceptedId(), kind: "REVISION", note: "Please revise the second paragraph." }),
  },
  "document-parts#submitDocumentPartAction": {
    // The organisation's own text (an addendum asked for on its own): its delegates only.
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/document-parts")).submitDocumentPartAction(null, { contributionId: await acceptedId(), kind: "ADDENDUM", partId: "", title: "An addendum", summary: "", body: "Addendum text." }),
  },
  "document-parts#decideDocumentPartAction": {
    permission: "document.revise",
    call: async () => (await import("@/lib/actions/document-parts")).decideDocumentPartAction(null, { partId: (await submittedPart()).id, decision: "accept", expectedStatus: "SUBMITTED", reason: "" }),
  },
  "document-parts#saveLanguageVersionAction": {
    permission: "document.translate",
    call: async () => (await import("@/lib/actions/document-parts")).saveLanguageVersionAction(null, { contributionId: await acceptedId(), language: "fr", title: "Un titre en français", summary: "", body: "Le texte en français.", expectedUpdatedAt: "" }),
  },
  "publication#changePublicationAction": {
    permission: "contribution.decide",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/publication")).changePublicationAction(null, { action: "unpublish", contributionId: await acceptedId(), expectedStatus: "ACCEPTED", reason: "Withdrawn at the organisation's request." }),
  },
  "duplicates#markDuplicateAction": {
    permission: "contribution.mark-duplicate",
    call: async () => (await import("@/lib/actions/duplicates")).markDuplicateAction(null, { contributionId: await submitted(), duplicateOfId: await submitted(), expected: "" }),
  },
  "export-jobs#startExportJobAction": {
    permission: "queue.view",
    call: async () => {
      const form = new FormData();
      form.set("format", "csv");
      return (await import("@/lib/actions/export-jobs")).startExportJobAction(form);
    },
  },
  "extensions#requestExtensionAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/extensions")).requestExtensionAction(null, { contributionId: await draft(), note: "Ministerial sign-off pending." }),
  },
  "extensions#answerExtensionAction": {
    permission: "contribution.decide",
    call: async () => {
      const id = await draft();
      await db.contribution.update({ where: { id }, data: { extensionRequestedAt: new Date(), extensionRequestNote: "Please." } });
      return (await import("@/lib/actions/extensions")).answerExtensionAction(null, { contributionId: id, decision: "refuse", until: "", timeZone: "Europe/Zurich", reason: "The deadline is fixed." });
    },
  },
  "meetings#saveMeetingAction": {
    permission: "meeting.manage",
    call: async () => (await import("@/lib/actions/meetings")).saveMeetingAction(null, { number: String(meetingNumber++), startsOn: "2027-02-10", endsOn: "2027-02-11", place: "Geneva", virtual: true, documentsDeadline: "2027-01-27T23:59", timeZone: "Europe/Zurich" }),
  },
  "meetings#addMeetingDocumentAction": {
    permission: "meeting.manage",
    call: async () => (await import("@/lib/actions/meetings")).addMeetingDocumentAction(null, { meetingId: await meeting(), documentNumber: (await accepted()).documentNumber! }),
  },
  "meetings#removeMeetingDocumentAction": {
    permission: "meeting.manage",
    call: async () => {
      const meetingId = await meeting();
      const c = await accepted();
      await addMeetingDocument(await world.actor("secretariat"), { meetingId, documentNumber: c.documentNumber! });
      const contributionId = (await db.contribution.findFirstOrThrow({ where: { documentNumber: c.documentNumber } })).id;
      return (await import("@/lib/actions/meetings")).removeMeetingDocumentAction(null, { meetingId, contributionId });
    },
  },
  "preferred-language#choosePreferredLanguage": {
    permission: "profile.update",
    anonymousNoOp: true, // the chooser still switches the page's language; nothing is stored
    call: async () => (await import("@/lib/actions/preferred-language")).choosePreferredLanguage(null, { locale: "fr" }),
  },
  "proposals#decideProposalAction": {
    permission: "proposal.decide",
    call: async () => {
      const p = await proposal();
      return (await import("@/lib/actions/proposals")).decideProposalAction(null, { proposalId: p.id, expectedDecision: "PENDING", decision: "NOTED", note: "", contributionId: p.contributionId, position: String(p.position) });
    },
  },
  "queue-preferences#saveQueuePreferencesAction": { permission: "queue.view", call: async () => (await import("@/lib/actions/queue-preferences")).saveQueuePreferencesAction(null, { column: [], density: "compact" }) },
  "submit-contribution#submitContributionAction": { permission: "contribution.create", organisation: "exa", call: async () => (await import("@/lib/actions/submit-contribution")).submitContributionAction(null, contributionInput(world)) },
  "triage#assignAction": { permission: "contribution.review", call: async () => (await import("@/lib/actions/triage")).assignAction(null, { contributionId: await submitted(), assigneeId: world.users.secretariat.id }) },
  "triage#setDueDateAction": { permission: "contribution.review", call: async () => (await import("@/lib/actions/triage")).setDueDateAction(null, { contributionId: await submitted(), dueOn: "2027-01-15" }) },
  "triage#addNoteAction": { permission: "queue.view", call: async () => (await import("@/lib/actions/triage")).addNoteAction(null, { contributionId: await submitted(), text: "An internal note." }) },
  "triage#bulkDecideAction": {
    permission: "contribution.decide",
    call: async () => (await import("@/lib/actions/triage")).bulkDecideAction(null, { decision: "startReview", reason: "", items: [`${await submitted()}:SUBMITTED`] }),
  },
  "triage#bulkTriageAction": { permission: "contribution.review", call: async () => (await import("@/lib/actions/triage")).bulkTriageAction(null, { bulkAssignee: "", tags: "matrix", items: [`${await submitted()}:SUBMITTED`] }) },
  "withdraw-contribution#withdrawContributionAction": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => (await import("@/lib/actions/withdraw-contribution")).withdrawContributionAction(null, { contributionId: await submitted(), expectedStatus: "SUBMITTED", reason: "" }),
  },
};

/** Every route handler, by "path under app/api METHOD". */
const ROUTES: Record<string, Entry> = {
  "account/data.json GET": { permission: "signed-in", call: async () => (await route("account/data.json/route.ts")).GET() },
  "admin/audit.csv GET": { permission: "admin.manage", call: async () => (await route("admin/audit.csv/route.ts")).GET(new Request("http://localhost/api/admin/audit.csv")) },
  "attachments/[id] GET": {
    // A submitted EXA contribution's file: its organisation's members and the secretariat (scope).
    permission: "contribution.read-organisation",
    organisation: "exa",
    also: { permission: "queue.view" },
    call: async () => (await route("attachments/[id]/route.ts")).GET(new Request("http://localhost/x"), params({ id: await attachmentOn(await submitted()) })),
  },
  "contributions/[id]/attachments POST": {
    permission: "contribution.create",
    organisation: "exa",
    call: async () => {
      const id = await draft();
      const form = new FormData();
      form.set("file", new Blob([Buffer.from("%PDF-1.4\n%%EOF\n")], { type: "application/pdf" }), "a.pdf");
      const req = new Request(`http://localhost:3000/api/contributions/${id}/attachments`, { method: "POST", body: form, headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
      return (await route("contributions/[id]/attachments/route.ts")).POST(req, params({ id }));
    },
  },
  "secretariat/export GET": { permission: "queue.view", call: async () => (await route("secretariat/export/route.ts")).GET(new Request("http://localhost/api/secretariat/export?format=csv")) },
  "secretariat/exports/[id] GET": {
    // The file of a background export is its starter's alone: the secretariat's job here.
    permission: "queue.view",
    only: ["secretariat"],
    call: async () => {
      const job = await db.exportJob.create({ data: { userId: world.users.secretariat.id, format: "csv", filter: {}, locale: "en", total: 0, status: "DONE", expiresAt: new Date(Date.now() + 3_600_000) } });
      await mkdir(path.resolve(env().STORAGE_DIR, "exports"), { recursive: true });
      await writeFile(path.resolve(env().STORAGE_DIR, "exports", `${job.id}.csv`), "x");
      await db.exportJob.update({ where: { id: job.id }, data: { filePath: `${job.id}.csv` } });
      return (await route("secretariat/exports/[id]/route.ts")).GET(new Request("http://localhost/x"), params({ id: job.id }));
    },
  },
  "secretariat/statistics GET": { permission: "queue.view", call: async () => (await route("secretariat/statistics/route.ts")).GET(new Request("http://localhost/api/secretariat/statistics?table=matrix&format=csv")) },
  "v1/contributions/[...ref] GET": {
    permission: "public",
    call: async () => {
      const { documentNumber } = await accepted();
      const { referenceNumber } = await db.contribution.findFirstOrThrow({ where: { documentNumber } });
      return (await route("v1/contributions/[...ref]/route.ts")).GET(new Request("http://localhost/x"), params({ ref: [referenceNumber!] }));
    },
  },
  "v1/baselines/[version] GET": { permission: "public", call: async () => (await route("v1/baselines/[version]/route.ts")).GET(new Request("http://localhost/x"), params({ version: "latest" })) },
  "v1/contributions GET": { permission: "public", call: async () => (await route("v1/contributions/route.ts")).GET(new Request("http://localhost/api/v1/contributions")) },
  "v1/contributions.csv GET": { permission: "public", call: async () => (await route("v1/contributions.csv/route.ts")).GET(new Request("http://localhost/api/v1/contributions.csv")) },
  "v1/openapi.json GET": { permission: "public", call: async () => (await route("v1/openapi.json/route.ts")).GET() },
};

/** Entry points with no role to check, and why. */
const NOT_ROLE_BASED: Record<string, string> = {
  "auth/[...nextauth] GET": "next-auth's own endpoints (sign-in itself); e2e/sign-in-confirm.spec.ts and e2e/hostile-input.spec.ts",
  "auth/[...nextauth] POST": "next-auth's own endpoints (sign-in itself); e2e/sign-in-confirm.spec.ts and e2e/hostile-input.spec.ts",
};

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const teo = await upsertOrganisation(db, { name: "Third Example Org", shortCode: "TEO", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY" });
  const teoFocal = await upsertUser(db, { email: "teo.fp@example.org", name: "Tess", organisationId: teo.id, membershipRole: "FOCAL_POINT" });
  actors = {
    anonymous: ANONYMOUS,
    contributor: await world.actor("contributor"),
    focalPoint: await world.actor("focalPoint"),
    otherFocal: (await loadActor(teoFocal.id))!,
    invited: await world.actor("etuFocal"),
    pending: await world.actor("unverified"),
    secretariat: await world.actor("secretariat"),
    admin: await world.actor("admin"),
  };
});

async function exportedActions(): Promise<string[]> {
  const files = (await readdir(path.join(ROOT, "lib/actions"))).filter((f) => f.endsWith(".ts") && !["action-client.ts", "read-form.ts"].includes(f));
  const names: string[] = [];
  for (const f of files) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, "lib/actions", f))) as Record<string, unknown>;
    for (const [k, v] of Object.entries(mod)) if (typeof v === "function") names.push(`${f.replace(/\.ts$/, "")}#${k}`);
  }
  return names.sort();
}

async function routeMethods(): Promise<string[]> {
  const dir = path.join(ROOT, "app/api");
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith("route.ts"));
  const names: string[] = [];
  for (const f of files) {
    const mod = (await import(/* @vite-ignore */ path.join(dir, f))) as Record<string, unknown>;
    for (const m of ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) if (typeof mod[m] === "function") names.push(`${path.dirname(f).split(path.sep).join("/")} ${m}`);
  }
  return names.sort();
}

describe("every entry point is in the role table", () => {
  it("each exported server action of lib/actions has a row", async () => {
    expect(await exportedActions()).toEqual(Object.keys(ACTIONS).sort());
  });
  it("each route handler method under app/api has a row (or a reason it has no role)", async () => {
    expect(await routeMethods()).toEqual([...Object.keys(ROUTES), ...Object.keys(NOT_ROLE_BASED)].sort());
  });
});

// The account deletion runs last: it is the one row whose success removes a person.
const ORDERED = Object.entries({ ...ROUTES, ...ACTIONS }).sort(([a], [b]) => Number(a.startsWith("account#")) - Number(b.startsWith("account#")));

describe("role × entry point, expectations generated from lib/auth/permissions.ts", () => {
  it.each(ORDERED)("%s", async (_name, entry) => {
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const role of ROLES) {
      request.actor = actors[role];
      request.auditsWhenAsked = -1;
      const answer = await outcome(() => entry.call(role, actors[role]));
      request.actor = actors[role];
      const may = allowed(entry, role);
      if (may) {
        got[role] = REFUSALS.has(answer) || answer === "VALIDATION" || answer === "UNEXPECTED" ? `refused (${answer})` : "served";
        want[role] = "served";
      } else {
        const silent = entry.anonymousNoOp && role === "anonymous" && answer === "ok";
        got[role] = REFUSALS.has(answer) || silent ? "refused" : `served (${answer})`;
        want[role] = "refused";
        // A refusal changes nothing: no audit event was written for it.
        if (got[role] === "refused" && request.auditsWhenAsked >= 0 && (await db.auditEvent.count()) !== request.auditsWhenAsked) got[role] = "refused, but audited a change";
      }
    }
    expect(got).toEqual(want);
  });
});
