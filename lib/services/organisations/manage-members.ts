/**
 * A focal point manages their organisation's contributors: adds one by e-mail (the focal point
 * vouches, so the affiliation is verified at once; the account is created if new) and removes
 * contributors (never a focal point: the secretariat handles those).
 * @throws AppError UNAUTHENTICATED | NOT_FOUND (not a focal point of that organisation, or unknown
 *   membership) | CONFLICT { status: "VERIFIED" } | FORBIDDEN (removing a focal point).
 */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { membershipWhereFor, organisationWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";
import type { TAddContributor } from "@/lib/schemas/affiliation";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAudit } from "@/lib/services/audit";

function assertFocalPoint(actor: Actor, organisationId: string): asserts actor is Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
  if (!can(actor, "organisation.manage-contributors", { organisationId })) throw new AppError("NOT_FOUND");
}

export async function addContributor(actor: Actor, input: TAddContributor, now = new Date()) {
  assertFocalPoint(actor, input.organisationId);
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email: input.email }, create: { email: input.email, name: input.name, locale: actor.locale }, update: {} });
    // Secretariat and admin accounts act for the CWG, never for a delegation.
    if (user.role !== "USER") throw new AppError("FORBIDDEN");
    const existing = await tx.membership.findUnique({ where: { userId_organisationId: { userId: user.id, organisationId: input.organisationId } } });
    if (existing?.verifiedAt) throw new AppError("CONFLICT", { status: "VERIFIED" });
    const membership = existing
      ? await tx.membership.update({ where: { id: existing.id }, data: { verifiedAt: now } })
      : await tx.membership.create({ data: { userId: user.id, organisationId: input.organisationId, role: "CONTRIBUTOR", verifiedAt: now } });
    await recordAudit(tx, { actorId: actor.userId, action: "affiliation.add", data: { membershipId: membership.id, organisationId: input.organisationId, email: input.email }, at: now });
    await enqueueEmail(tx, { to: user.email, locale: user.locale, kind: "addedToOrganisation", params: { organisation: organisation.name } });
    return membership;
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
      select: { id: true, role: true, verifiedAt: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  return { organisation, members };
}
