/**
 * Row-level scope: one where-builder per resource a person can list or open. Every list, detail
 * and export query ANDs the builder of its resource in, so no query can forget a filter, and an
 * id outside the scope is simply not found (404, existence never revealed).
 *
 * Contributions (contributionWhereFor):
 * - public (anyone): published only;
 * - a verified member of an organisation: also every contribution of that organisation;
 * - a focal point: also submitted contributions their organisation is invited to co-sponsor or
 *   confirmed (the lead organisation shared it by inviting them; a declined or withdrawn invitation
 *   ends it). Never a draft: drafts stay private to the organisation's contributors (issue 12);
 * - secretariat and admin (queue.view): every contribution that is not a draft.
 * Everything hanging off a contribution (attachments, co-sponsors, e-mails about it, audit events)
 * is scoped through it. The few lookups that must stay unscoped are named `unscoped…` where they
 * are defined and say why.
 */
import "server-only";
import { Prisma as PrismaSql, type Prisma } from "@/generated/prisma/client";
import { ACTIVE_COSPONSOR_STATUSES, DRAFT_STATUS, PUBLISHED_STATUS, UNPUBLISHED_STATUS } from "@/lib/rules/statuses";
import { timelineActions } from "@/lib/rules/timeline";
import { PUBLISHED_PART_STATUS } from "@/lib/rules/document-parts";
import { can, organisationsWith, type Actor } from "./permissions";

/** Matches no row: the scope of someone who may see none of a resource. */
const NOTHING = { id: { in: [] as string[] } };
const NOT_DRAFT: Prisma.ContributionWhereInput = { status: { not: DRAFT_STATUS } };

/**
 * Documents listed for a CWG meeting that `actor` may see: published ones the actor may see,
 * whoever asks. A meeting's list is a public record; an unpublished document leaves it for
 * everyone (the secretariat manages the list through the same view). Meetings themselves are
 * public and need no scope.
 */
export function meetingDocumentWhereFor(actor: Actor): Prisma.MeetingDocumentWhereInput {
  return { contribution: { AND: [contributionWhereFor(actor), PUBLISHED] } };
}

/**
 * Revisions, addenda and corrigenda (DocumentPart) `actor` may see: published ones (accepted) of
 * published documents, for everyone; every part of its own organisation's documents for a
 * member, and of every document in the queue for the secretariat (open and rejected ones too).
 */
export function documentPartWhereFor(actor: Actor): Prisma.DocumentPartWhereInput {
  const visible: Prisma.DocumentPartWhereInput[] = [{ status: PUBLISHED_PART_STATUS, contribution: PUBLISHED }];
  const organisations = organisationsWith(actor, "contribution.read-organisation");
  if (organisations.length) visible.push({ contribution: { organisationId: { in: organisations } } });
  if (can(actor, "queue.view")) visible.push({ contribution: queueWhereFor(actor) });
  return { OR: visible };
}

/**
 * Language versions `actor` may see: those of the contributions the actor may see (they exist on
 * published documents only, so the public sees them exactly while the document is published).
 */
export function languageVersionWhereFor(actor: Actor): Prisma.LanguageVersionWhereInput {
  return { contribution: contributionWhereFor(actor) };
}

/** Published only, whatever the actor: for the public portal, API and feeds. */
export const PUBLISHED: Prisma.ContributionWhereInput = { status: PUBLISHED_STATUS };

/**
 * The same rule for the raw SQL of full-text search (lib/services/search), which Prisma's query
 * builder cannot express: `c` must alias "Contribution". Keep it in step with PUBLISHED.
 */
export const PUBLISHED_SQL = PrismaSql.sql`c."status" = ${PrismaSql.raw(`'${PUBLISHED_STATUS}'`)}`;

/**
 * Documents the secretariat unpublished (issue 14 item 3), whatever the actor: for their public
 * NOTICE only (permanent address, the open-data API's 410). Select the notice's fields (number,
 * title, dates, reason), never the text; no list, search, feed or export uses this.
 */
export const UNPUBLISHED_NOTICE: Prisma.ContributionWhereInput = { status: UNPUBLISHED_STATUS };

/**
 * Contributions shared with `actor` as a focal point of an organisation invited to co-sponsor them
 * (standing invitations, never a draft); null when the actor is no such focal point.
 */
function invitedWhere(actor: Actor): Prisma.ContributionWhereInput | null {
  const focalPointOf = organisationsWith(actor, "cosponsor.confirm");
  if (!focalPointOf.length) return null;
  return { AND: [NOT_DRAFT, { coSponsors: { some: { organisationId: { in: focalPointOf }, status: { in: [...ACTIVE_COSPONSOR_STATUSES] } } } }] };
}

/** The contributions shared with `actor` by a co-sponsor invitation only (nothing if none). */
export function coSponsorSharedWhereFor(actor: Actor): Prisma.ContributionWhereInput {
  return invitedWhere(actor) ?? NOTHING;
}

/** Contributions `actor` may see (list, detail, export). */
export function contributionWhereFor(actor: Actor): Prisma.ContributionWhereInput {
  const visible: Prisma.ContributionWhereInput[] = [PUBLISHED];
  const organisations = organisationsWith(actor, "contribution.read-organisation");
  if (organisations.length) visible.push({ organisationId: { in: organisations } });
  const invited = invitedWhere(actor);
  if (invited) visible.push(invited);
  if (can(actor, "queue.view")) visible.push(NOT_DRAFT);
  return { OR: visible };
}

/**
 * The secretariat's queue: contributionWhereFor ∧ not a draft, for queue.view holders; nothing for
 * anyone else. "Not a draft" is repeated because the contribution scope is an OR: a secretariat
 * member who also belongs to an organisation would otherwise see its drafts in the queue.
 */
export function queueWhereFor(actor: Actor): Prisma.ContributionWhereInput {
  if (!can(actor, "queue.view")) return NOTHING;
  return { AND: [contributionWhereFor(actor), NOT_DRAFT] };
}

/**
 * The queue's scope in raw SQL (queue-where.ts, the dashboard, duplicates: text search and
 * aggregates Prisma cannot express): exactly queueWhereFor for a queue.view holder (whose
 * contribution scope ORs in "not a draft"), FALSE for anyone else. `c` aliases "Contribution".
 * The rows a queue page shows are then read through contributionWhereFor again.
 */
export function queueSqlFor(actor: Actor): PrismaSql.Sql {
  return can(actor, "queue.view") ? PrismaSql.sql`c."status" <> ${PrismaSql.raw(`'${DRAFT_STATUS}'`)}` : PrismaSql.sql`FALSE`;
}

/** The secretariat's internal notes: queue.view holders, on contributions in the queue. */
export function internalNoteWhereFor(actor: Actor): Prisma.InternalNoteWhereInput {
  return can(actor, "queue.view") ? { contribution: queueWhereFor(actor) } : NOTHING;
}

/**
 * NAMED EXCEPTION to "drafts stay private": the drafts whose organisation asked for more time, for
 * those who decide on such requests (the secretariat sees their title and note, nothing else:
 * lib/services/contributions/extensions.ts selects only those). Nothing for anyone else.
 */
export function extensionRequestWhereFor(actor: Actor): Prisma.ContributionWhereInput {
  return can(actor, "contribution.decide") ? { status: DRAFT_STATUS, extensionRequestedAt: { not: null } } : NOTHING;
}

/** Attachments of contributions `actor` may see. */
export function attachmentWhereFor(actor: Actor): Prisma.AttachmentWhereInput {
  return { contribution: contributionWhereFor(actor) };
}

/**
 * Co-sponsor rows of contributions `actor` may see (a contribution's co-sponsor list). The public
 * page narrows further to confirmed ones.
 */
export function coSponsorWhereFor(actor: Actor): Prisma.CoSponsorWhereInput {
  return { contribution: contributionWhereFor(actor) };
}

/**
 * Invitations addressed to `actor`'s organisations (as focal point), the /cosponsorships list:
 * standing ones only (invited, confirmed), on contributions the invitation lets them see. A
 * declined or withdrawn invitation shares nothing any more, not even the title (issue 12).
 */
export function invitationWhereFor(actor: Actor): Prisma.CoSponsorWhereInput {
  const focalPointOf = organisationsWith(actor, "cosponsor.confirm");
  if (!focalPointOf.length) return NOTHING;
  return { organisationId: { in: focalPointOf }, status: { in: [...ACTIVE_COSPONSOR_STATUSES] }, contribution: contributionWhereFor(actor) };
}

/**
 * Invitations addressed to `actor`'s organisations (as focal point) whatever their status, for
 * answering one: a second answer is told CONFLICT with the current status rather than NOT_FOUND.
 * Never for showing (invitationWhereFor says what is shown).
 */
export function invitationAnswerWhereFor(actor: Actor): Prisma.CoSponsorWhereInput {
  const focalPointOf = organisationsWith(actor, "cosponsor.confirm");
  return focalPointOf.length ? { organisationId: { in: focalPointOf } } : NOTHING;
}

/**
 * Memberships (affiliations) `actor` may see: their own; every membership of an organisation they
 * manage as focal point; every one for those who verify affiliations (secretariat).
 */
export function membershipWhereFor(actor: Actor): Prisma.MembershipWhereInput {
  if (actor.kind !== "user") return NOTHING;
  if (can(actor, "affiliation.verify")) return {};
  const managed = organisationsWith(actor, "organisation.manage-contributors");
  return { OR: [{ userId: actor.userId }, ...(managed.length ? [{ organisationId: { in: managed } }] : [])] };
}

/**
 * Organisations `actor` may list or open: verified ones (public facts: name, category, group,
 * country, shown on published contributions and in the choosers), the ones they belong to (a
 * proposed one awaiting verification included), and every one for those who verify affiliations.
 */
export function organisationWhereFor(actor: Actor): Prisma.OrganisationWhereInput {
  if (actor.kind !== "user") return { verified: true };
  if (can(actor, "affiliation.verify")) return {};
  return { OR: [{ verified: true }, { memberships: { some: { userId: actor.userId } } }] };
}

/** Background export jobs: a job is its starter's alone, and only while they hold queue.view. */
export function exportJobWhereFor(actor: Actor): Prisma.ExportJobWhereInput {
  if (actor.kind !== "user" || !can(actor, "queue.view")) return NOTHING;
  return { userId: actor.userId };
}

/**
 * E-mails about contributions (the timeline's e-mail log): the secretariat sees every e-mail about
 * a contribution it may see; anyone else only those addressed to themselves about contributions
 * they may see, so one person's address or another organisation's invitation never shows. E-mails
 * about no contribution (sign-in links, affiliation notices) are in no one's scope: only the
 * development mailbox lists them (lib/loaders/dev-mailbox-view.ts: every e-mail, unscoped on
 * purpose, and only where the mailbox is enabled).
 */
export function emailWhereFor(actor: Actor): Prisma.OutboundEmailWhereInput {
  if (actor.kind !== "user") return NOTHING;
  return { contribution: contributionWhereFor(actor), ...(can(actor, "queue.view") ? {} : { to: actor.email }) };
}

/**
 * Audit events about contributions, filtered by the audience's allow-list (lib/rules/timeline.ts):
 * the secretariat sees every event of a non-draft contribution; a member of the lead organisation
 * the contributor's list; an invited co-sponsor's focal point the invited list (empty today).
 * Events about no contribution (affiliations, consultations, exports) are the admin's audit log's.
 */
export function auditEventWhereFor(actor: Actor): Prisma.AuditEventWhereInput {
  if (actor.kind !== "user") return NOTHING;
  const audiences: Prisma.AuditEventWhereInput[] = [];
  const allowed = (audience: "contributor" | "invitedCoSponsor") => timelineActions(audience) as readonly string[];
  const organisations = organisationsWith(actor, "contribution.read-organisation");
  if (organisations.length) audiences.push({ contribution: { organisationId: { in: organisations } }, action: { in: [...allowed("contributor")] } });
  const invited = invitedWhere(actor);
  if (invited && allowed("invitedCoSponsor").length) audiences.push({ contribution: invited, action: { in: [...allowed("invitedCoSponsor")] } });
  if (can(actor, "queue.view")) audiences.push({ contribution: NOT_DRAFT });
  return audiences.length ? { OR: audiences } : NOTHING;
}

/**
 * What the admin's screens list (lib/services/admin): every person, every organisation, every
 * audit event, for an `admin.manage` holder; nothing for anyone else. Services assert the
 * permission first; the scope is ANDed in as well, so a loader that forgot the assertion would
 * still list nothing.
 */
export function userAdminWhereFor(actor: Actor): Prisma.UserWhereInput {
  return can(actor, "admin.manage") ? {} : NOTHING;
}

export function organisationAdminWhereFor(actor: Actor): Prisma.OrganisationWhereInput {
  return can(actor, "admin.manage") ? {} : NOTHING;
}

export function auditEventAdminWhereFor(actor: Actor): Prisma.AuditEventWhereInput {
  return can(actor, "admin.manage") ? {} : NOTHING;
}
