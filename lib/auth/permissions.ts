/**
 * The role → permission table and the checks built on it: the one place that says who may do
 * what. Pure (no database): the actor is loaded by lib/auth/actor.ts, and row-level scope is
 * applied by lib/auth/scopes.ts.
 *
 * Platform roles (User.role) grant permissions everywhere; organisation roles
 * (Membership.role, verified affiliations only) grant them for that organisation.
 *
 * Separation of duties: staff (SECRETARIAT, ADMIN) never act for a delegation. Their memberships,
 * if any, grant nothing (they cannot draft, submit, confirm co-sponsorships or manage members),
 * they cannot ask to join one (lib/services/organisations/request-affiliation.ts), and nobody
 * verifies or decides their own request or submission (assertNotOwn, used by the services).
 */
import { AppError } from "@/lib/errors";

export type PlatformRole = "USER" | "SECRETARIAT" | "ADMIN";
export type OrganisationRole = "CONTRIBUTOR" | "FOCAL_POINT";

export interface ActorMembership {
  organisationId: string;
  role: OrganisationRole;
  verified: boolean;
}

export type Actor =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; email: string; name: string | null; locale: string; role: PlatformRole; memberships: ActorMembership[] };

export const ANONYMOUS: Actor = { kind: "anonymous" };

export type Permission =
  | "contribution.create" // draft and submit on behalf of an organisation
  | "contribution.read-organisation" // see the organisation's own contributions, any status
  | "cosponsor.confirm"
  | "organisation.manage-contributors"
  | "queue.view" // the secretariat's triage queue, every non-draft contribution
  | "contribution.review" // start review
  | "contribution.decide" // accept, reject, request changes
  | "contribution.mark-duplicate" // mark a contribution a duplicate of another, or unmark it
  | "affiliation.verify" // verify people's affiliations and proposed organisations
  | "consultation.manage" // create and edit consultations, their windows and questions
  | "proposal.decide" // decide on each Action Line revision proposal of a contribution
  | "baseline.load" // load a new version of the baseline text proposals amend
  | "meeting.manage" // create and edit CWG meetings and their document lists
  | "announcement.send" // e-mail the contributors of a consultation
  | "document.revise" // request revisions, addenda, corrigenda of a published document and decide on them
  | "document.translate" // attach a published document's translation into another official language
  | "admin.manage"
  | "profile.update"; // one's own preferences (preferred language)

const PLATFORM: Record<PlatformRole, readonly Permission[]> = {
  USER: ["profile.update"],
  SECRETARIAT: ["profile.update", "queue.view", "contribution.review", "contribution.decide", "contribution.mark-duplicate", "affiliation.verify", "consultation.manage", "proposal.decide", "baseline.load", "meeting.manage", "announcement.send", "document.revise", "document.translate"],
  ADMIN: ["profile.update", "queue.view", "contribution.review", "contribution.decide", "contribution.mark-duplicate", "affiliation.verify", "consultation.manage", "proposal.decide", "baseline.load", "meeting.manage", "announcement.send", "document.revise", "document.translate", "admin.manage"],
};

const ORGANISATION: Record<OrganisationRole, readonly Permission[]> = {
  CONTRIBUTOR: ["contribution.create", "contribution.read-organisation"],
  FOCAL_POINT: ["contribution.create", "contribution.read-organisation", "cosponsor.confirm", "organisation.manage-contributors"],
};

/**
 * May `actor` use `permission`? With `organisationId`, organisation-scoped permissions count
 * only from a verified membership of that organisation; without it, from any verified one.
 */
export function can(actor: Actor, permission: Permission, scope: { organisationId?: string } = {}): boolean {
  if (actor.kind !== "user") return false;
  if (PLATFORM[actor.role].includes(permission)) return true;
  if (isStaff(actor)) return false;
  return actor.memberships.some(
    (m) => m.verified && (!scope.organisationId || m.organisationId === scope.organisationId) && ORGANISATION[m.role].includes(permission),
  );
}

/** Like can(), but throws AppError UNAUTHENTICATED (no session) or FORBIDDEN. */
export function assertCan(actor: Actor, permission: Permission, scope: { organisationId?: string } = {}): asserts actor is Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!can(actor, permission, scope)) throw new AppError("FORBIDDEN");
}

/** Organisations on whose behalf the actor may use `permission` (verified memberships). */
export function organisationsWith(actor: Actor, permission: Permission): string[] {
  if (actor.kind !== "user" || isStaff(actor)) return [];
  return actor.memberships.filter((m) => m.verified && ORGANISATION[m.role].includes(permission)).map((m) => m.organisationId);
}

/**
 * May `actor` submit on behalf of `organisationId` (a claim from a form)? Anonymous callers get
 * UNAUTHENTICATED; signed-in people who are not verified members of it get NOT_AFFILIATED, the
 * same answer for an unknown organisation, so nothing about other organisations leaks.
 */
export function assertCanSubmitFor(actor: Actor, organisationId: string): asserts actor is Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (isStaff(actor)) throw new AppError("STAFF_NOT_DELEGATE");
  if (!can(actor, "contribution.create", { organisationId })) throw new AppError("NOT_AFFILIATED");
}

/** Secretariat and administrators: they review delegations' work, never do it. */
export function isStaff(actor: Actor): boolean {
  return actor.kind === "user" && actor.role !== "USER";
}

/**
 * Nobody verifies or decides their own request or submission: `case.userId` is the person who made
 * it (the membership's user, the contribution's author); `case.organisationId`, when given, is
 * the delegation it belongs to: a decider affiliated with it (even a membership that grants
 * nothing, see isStaff) decides for their own side too.
 * @throws AppError OWN_CASE.
 */
export function assertNotOwn(actor: Extract<Actor, { kind: "user" }>, own: { userId?: string | null; organisationId?: string | null }): void {
  if (own.userId && own.userId === actor.userId) throw new AppError("OWN_CASE");
  if (own.organisationId && actor.memberships.some((m) => m.organisationId === own.organisationId)) throw new AppError("OWN_CASE");
}
