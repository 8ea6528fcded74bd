/**
 * A focal point manages their organisation's contributors: invites one by e-mail (the person
 * accepts; the account is created if new) and removes contributors (never a focal point: the
 * secretariat handles those).
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (not a focal point of that organisation, or unknown
 *   membership) | RATE_LIMITED | FORBIDDEN (removing a focal point).
 */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { membershipWhereFor, organisationWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import type { TAddContributor } from "@/lib/schemas/affiliation";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";
import { consume } from "@/lib/rate-limit";
import { portalLink } from "@/lib/services/cosponsors/cosponsor-rules";

function assertFocalPoint(actor: Actor, organisationId: string): asserts actor is Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!can(actor, "organisation.manage-contributors", { organisationId })) throw new AppError("NOT_FOUND");
}

/**
 * Invites a person to the organisation (issue 12 item 5): nobody joins a delegation without
 * consenting, so the membership waits, unverified, until the person accepts it
 * (membership-invitations.ts). The answer is the same whatever the address (new, existing,
 * already a member, staff): it reveals nothing about who has an account. Staff and existing
 * members are left as they are, and are sent nothing; the refusal is audited for the admins.
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (not a focal point of it) | RATE_LIMITED.
 */
export async function addContributor(actor: Actor, input: TAddContributor, now = new Date()): Promise<void> {
  assertFocalPoint(actor, input.organisationId);
  await consume("memberInvite", actor.userId);
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
  await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email: input.email }, create: { email: input.email, name: input.name, locale: actor.locale }, update: {} });
    const existing = await tx.membership.findUnique({ where: { userId_organisationId: { userId: user.id, organisationId: input.organisationId } } });
    const audit = (data: Record<string, unknown>) => recordAudit(tx, { actorId: actor.userId, action: "affiliation.invite", data: { organisationId: input.organisationId, email: input.email, ...data }, at: now });
    // Staff act for the CWG, never for a delegation; a member or a pending invitee is not asked again.
    if (user.role !== "USER") return audit({ refused: "STAFF" });
    if (existing?.verifiedAt || existing?.invitedById) return audit({ refused: existing.verifiedAt ? "MEMBER" : "INVITED" });
    const membership = existing
      ? await tx.membership.update({ where: { id: existing.id }, data: { invitedById: actor.userId, invitedAt: now } })
      : await tx.membership.create({ data: { userId: user.id, organisationId: input.organisationId, role: "CONTRIBUTOR", invitedById: actor.userId, invitedAt: now } });
    await audit({ membershipId: membership.id });
    await enqueueEmail(tx, { to: user.email, locale: user.locale, kind: "organisationInvitation", params: { organisation: organisation.name, link: portalLink(user.locale, "/affiliation") } });
  });
}

export async function removeContributor(actor: Actor, input: { membershipId: string }, now = new Date()) {
  const m = await db.membership.findFirst({ where: { AND: [membershipWhereFor(actor), { id: input.membershipId }] } });
  if (!m) throw new AppError("NOT_FOUND");
  assertFocalPoint(actor, m.organisationId);
  if (m.role === "FOCAL_POINT") throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const { count } = await tx.membership.deleteMany({ where: { id: m.id } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { actorId: actor.userId, action: "affiliation.remove", data: { membershipId: m.id, organisationId: m.organisationId, userId: m.userId }, at: now });
  });
}

/** The organisation's name and people, for its focal point. */
export async function listMembers(actor: Actor, organisationId: string) {
  assertFocalPoint(actor, organisationId);
  const [organisation, members] = await Promise.all([
    db.organisation.findFirstOrThrow({ where: { AND: [organisationWhereFor(actor), { id: organisationId }] }, select: { name: true } }),
    db.membership.findMany({
      where: { AND: [membershipWhereFor(actor), { organisationId }] },
      orderBy: [{ role: "desc" }, { createdAt: "asc" }],
      select: { id: true, role: true, verifiedAt: true, invitedAt: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  return { organisation, members };
}
