/**
 * Row-level scope: which contributions an actor may see. The single where-builder used by
 * every list, detail and export query, so that no query can forget a filter.
 *
 * - public (anyone): ACCEPTED only;
 * - a verified member of an organisation: also every contribution of that organisation;
 * - a focal point: also contributions their organisation is invited to co-sponsor or confirmed
 *   (the lead organisation shared it by inviting them; a declined or withdrawn invitation ends it);
 * - secretariat and admin (queue.view): every contribution that is not a draft.
 *   Drafts stay private to the organisation's contributors (product brief).
 */
import "server-only";
import { Prisma as PrismaSql, type Prisma } from "@/generated/prisma/client";
import { can, organisationsWith, type Actor } from "./permissions";

export function contributionWhereFor(actor: Actor): Prisma.ContributionWhereInput {
  const visible: Prisma.ContributionWhereInput[] = [{ status: "ACCEPTED" }];
  const organisations = organisationsWith(actor, "contribution.read-organisation");
  if (organisations.length) visible.push({ organisationId: { in: organisations } });
  const focalPointOf = organisationsWith(actor, "cosponsor.confirm");
  if (focalPointOf.length) visible.push({ coSponsors: { some: { organisationId: { in: focalPointOf }, status: { in: ["INVITED", "CONFIRMED"] } } } });
  if (can(actor, "queue.view")) visible.push({ status: { not: "DRAFT" } });
  return { OR: visible };
}

/**
 * Documents listed for a CWG meeting that `actor` may see: published ones the actor may see,
 * whoever asks. A meeting's list is a public record; an unpublished document leaves it for
 * everyone (the secretariat manages the list through the same view). Meetings themselves are
 * public and need no scope.
 */
export function meetingDocumentWhereFor(actor: Actor): Prisma.MeetingDocumentWhereInput {
  return { contribution: { AND: [contributionWhereFor(actor), PUBLISHED] } };
}

/** Published only, whatever the actor: for the public portal, API and feeds. */
export const PUBLISHED: Prisma.ContributionWhereInput = { status: "ACCEPTED" };

/**
 * The same rule for the raw SQL of full-text search (lib/services/search), which Prisma's query
 * builder cannot express: `c` must alias "Contribution". Keep it in step with PUBLISHED.
 */
export const PUBLISHED_SQL = PrismaSql.sql`c."status" = 'ACCEPTED'`;

/**
 * The secretariat queue's scope in raw SQL (lib/services/contributions/queue-where.ts, whose text
 * search Prisma cannot express): not a draft. For an actor with queue.view (the only callers) this
 * is exactly contributionWhereFor(actor) AND not a draft, since that scope ORs in "not a draft".
 * The rows a queue page shows are then read through contributionWhereFor again. `c` aliases
 * "Contribution".
 */
export const QUEUE_SQL = PrismaSql.sql`c."status" <> 'DRAFT'`;
