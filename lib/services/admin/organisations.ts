/**
 * The admin corrects organisations: edits their name, membership category, stakeholder group,
 * country and ITU region, merges a duplicate into the organisation that survives, and withdraws
 * a verification.
 *
 * Each change names the organisation's `updatedAt` as the admin saw it (the form carries it): a
 * change made meanwhile gives CHANGED_MEANWHILE and nothing is applied. Audited in the same
 * transaction.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | CHANGED_MEANWHILE | MERGE_SAME | VALIDATION
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import type { TOrganisationEdit } from "@/lib/schemas/admin";
import type { Prisma } from "@/generated/prisma/client";
import { assertAdmin, lockAndRecheck } from "./admin-guard";

const EDITABLE = ["name", "membershipCategory", "stakeholderGroup", "country", "ituRegion"] as const;

async function changedOrMissing(tx: Prisma.TransactionClient, id: string): Promise<never> {
  throw new AppError((await tx.organisation.count({ where: { id } })) ? "CHANGED_MEANWHILE" : "NOT_FOUND");
}

export async function editOrganisation(actor: Actor, input: TOrganisationEdit, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockAndRecheck(tx, actor);
    const before = await tx.organisation.findFirst({ where: { id: input.organisationId, updatedAt: input.updatedAt } });
    if (!before) await changedOrMissing(tx, input.organisationId);
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    for (const f of EDITABLE) if (before![f] !== input[f]) changes[f] = { from: before![f], to: input[f] };
    if (!Object.keys(changes).length) return { changed: 0 };
    const { count } = await tx.organisation.updateMany({
      where: { id: input.organisationId, updatedAt: input.updatedAt },
      data: { name: input.name, membershipCategory: input.membershipCategory, stakeholderGroup: input.stakeholderGroup, country: input.country, ituRegion: input.ituRegion, updatedAt: now },
    });
    if (!count) await changedOrMissing(tx, input.organisationId);
    await recordAudit(tx, { actorId: actor.userId, action: "organisation.edit", data: { organisationId: input.organisationId, organisation: input.name, changes }, at: now });
    return { changed: Object.keys(changes).length };
  });
}

export async function withdrawVerification(actor: Actor, input: { organisationId: string; updatedAt: Date }, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockAndRecheck(tx, actor);
    const { count } = await tx.organisation.updateMany({ where: { id: input.organisationId, verified: true, updatedAt: input.updatedAt }, data: { verified: false, updatedAt: now } });
    if (!count) await changedOrMissing(tx, input.organisationId);
    // Nobody acts for an unverified organisation: its members' affiliations go back to the
    // secretariat's queue, where verifying one verifies the organisation again.
    const members = await tx.membership.updateMany({ where: { organisationId: input.organisationId, verifiedAt: { not: null } }, data: { verifiedAt: null } });
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { name: true } });
    await recordAudit(tx, { actorId: actor.userId, action: "organisation.unverify", data: { organisationId: input.organisationId, organisation: org.name, membershipsUnverified: members.count }, at: now });
    return { membershipsUnverified: members.count };
  });
}

const COSPONSOR_STRENGTH = { CONFIRMED: 3, INVITED: 2, DECLINED: 1, WITHDRAWN: 0 } as const;

/**
 * Merges `sourceId` into `survivorId`: the source's contributions, memberships and
 * co-sponsorships move to the survivor, then the source is deleted, all in one transaction.
 * A person in both keeps one membership (focal point if either was, verified if either was); a
 * contribution both co-sponsor keeps the stronger answer (confirmed > invited > declined >
 * withdrawn); an invitation to co-sponsor what is now the survivor's own contribution goes.
 */
export async function mergeOrganisations(actor: Actor, input: { sourceId: string; survivorId: string; sourceUpdatedAt: Date; survivorUpdatedAt: Date }, now = new Date()) {
  assertAdmin(actor);
  if (input.sourceId === input.survivorId) throw new AppError("MERGE_SAME");
  return db.$transaction(async (tx) => {
    await lockAndRecheck(tx, actor);
    // Both rows locked, in id order (two merges crossing each other cannot deadlock).
    const ids = [input.sourceId, input.survivorId].sort();
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id IN (${ids[0]}, ${ids[1]}) ORDER BY id FOR UPDATE`;
    const source = await tx.organisation.findFirst({ where: { id: input.sourceId, updatedAt: input.sourceUpdatedAt } });
    if (!source) await changedOrMissing(tx, input.sourceId);
    const survivor = await tx.organisation.findFirst({ where: { id: input.survivorId, updatedAt: input.survivorUpdatedAt } });
    if (!survivor) await changedOrMissing(tx, input.survivorId);

    const contributions = await tx.contribution.updateMany({ where: { organisationId: input.sourceId }, data: { organisationId: input.survivorId } });

    let memberships = 0;
    for (const m of await tx.membership.findMany({ where: { organisationId: input.sourceId } })) {
      const twin = await tx.membership.findUnique({ where: { userId_organisationId: { userId: m.userId, organisationId: input.survivorId } } });
      if (twin) {
        await tx.membership.update({
          where: { id: twin.id },
          data: { role: twin.role === "FOCAL_POINT" || m.role === "FOCAL_POINT" ? "FOCAL_POINT" : "CONTRIBUTOR", verifiedAt: twin.verifiedAt ?? m.verifiedAt },
        });
        await tx.membership.delete({ where: { id: m.id } });
      } else {
        await tx.membership.update({ where: { id: m.id }, data: { organisationId: input.survivorId } });
      }
      memberships++;
    }

    let coSponsorships = 0;
    for (const c of await tx.coSponsor.findMany({ where: { organisationId: input.sourceId } })) {
      const twin = await tx.coSponsor.findUnique({ where: { contributionId_organisationId: { contributionId: c.contributionId, organisationId: input.survivorId } } });
      if (twin && COSPONSOR_STRENGTH[twin.status] >= COSPONSOR_STRENGTH[c.status]) {
        await tx.coSponsor.delete({ where: { id: c.id } });
      } else {
        if (twin) await tx.coSponsor.delete({ where: { id: twin.id } });
        await tx.coSponsor.update({ where: { id: c.id }, data: { organisationId: input.survivorId } });
      }
      coSponsorships++;
    }
    // An organisation does not co-sponsor its own contribution.
    const ownInvitations = await tx.coSponsor.deleteMany({ where: { organisationId: input.survivorId, contribution: { organisationId: input.survivorId } } });

    await tx.organisation.delete({ where: { id: input.sourceId } });
    await tx.organisation.update({ where: { id: input.survivorId }, data: { updatedAt: now } });
    const moved = { contributions: contributions.count, memberships, coSponsorships, ownInvitationsRemoved: ownInvitations.count };
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "organisation.merge",
      data: { source: { id: source!.id, name: source!.name, shortCode: source!.shortCode }, survivor: { id: survivor!.id, name: survivor!.name, shortCode: survivor!.shortCode }, moved },
      at: now,
    });
    return moved;
  });
}
