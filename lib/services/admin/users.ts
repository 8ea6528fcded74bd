/**
 * The admin manages people: grants or revokes the secretariat and admin roles, deactivates a
 * person (their sessions end at once and they cannot sign in again) and reactivates them.
 *
 * Rules: nobody changes their own role or deactivates themselves (SELF_ACTION); the portal
 * always keeps one active admin (LAST_ADMIN); each change carries the state the admin saw in its
 * WHERE (CHANGED_MEANWHILE otherwise) and is audited in the same transaction, with the person as
 * the event's subject.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN | NOT_FOUND | SELF_ACTION | LAST_ADMIN | CHANGED_MEANWHILE
 */
import "server-only";
import { db } from "@/lib/db";
import type { PlatformRole } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/services/audit";
import { assertAdmin, assertNotLastAdmin, lockAndRecheck } from "./admin-guard";
import type { Prisma } from "@/generated/prisma/client";

async function changedOrMissing(tx: Prisma.TransactionClient, userId: string): Promise<never> {
  const exists = await tx.user.count({ where: { id: userId, deletedAt: null } });
  throw new AppError(exists ? "CHANGED_MEANWHILE" : "NOT_FOUND");
}

export async function setUserRole(actor: Actor, input: { userId: string; from: PlatformRole; to: PlatformRole }, now = new Date()) {
  assertAdmin(actor);
  if (input.userId === actor.userId) throw new AppError("SELF_ACTION");
  if (input.from === input.to) return { role: input.to };
  return db.$transaction(async (tx) => {
    await lockAndRecheck(tx, actor);
    if (input.from === "ADMIN") await assertNotLastAdmin(tx, input.userId);
    const { count } = await tx.user.updateMany({ where: { id: input.userId, role: input.from, deletedAt: null }, data: { role: input.to } });
    if (!count) await changedOrMissing(tx, input.userId);
    await recordAudit(tx, { actorId: actor.userId, subjectUserId: input.userId, action: "user.role", data: { from: input.from, to: input.to }, at: now });
    return { role: input.to };
  });
}

export async function deactivateUser(actor: Actor, input: { userId: string }, now = new Date()) {
  assertAdmin(actor);
  if (input.userId === actor.userId) throw new AppError("SELF_ACTION");
  return db.$transaction(async (tx) => {
    await lockAndRecheck(tx, actor);
    const target = await tx.user.findFirst({ where: { id: input.userId, deletedAt: null }, select: { role: true, email: true } });
    if (!target) throw new AppError("NOT_FOUND");
    if (target.role === "ADMIN") await assertNotLastAdmin(tx, input.userId);
    const { count } = await tx.user.updateMany({ where: { id: input.userId, deactivatedAt: null, deletedAt: null }, data: { deactivatedAt: now } });
    if (!count) await changedOrMissing(tx, input.userId);
    // Their sessions end now (database sessions: the cookie no longer finds a row), and a
    // sign-in link already e-mailed to them stops working.
    const sessions = await tx.session.deleteMany({ where: { userId: input.userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: target.email } });
    await recordAudit(tx, { actorId: actor.userId, subjectUserId: input.userId, action: "user.deactivate", data: { sessionsEnded: sessions.count }, at: now });
    return { sessionsEnded: sessions.count };
  });
}

export async function reactivateUser(actor: Actor, input: { userId: string }, now = new Date()) {
  assertAdmin(actor);
  if (input.userId === actor.userId) throw new AppError("SELF_ACTION");
  return db.$transaction(async (tx) => {
    await lockAndRecheck(tx, actor);
    const { count } = await tx.user.updateMany({ where: { id: input.userId, deactivatedAt: { not: null }, deletedAt: null }, data: { deactivatedAt: null } });
    if (!count) await changedOrMissing(tx, input.userId);
    await recordAudit(tx, { actorId: actor.userId, subjectUserId: input.userId, action: "user.reactivate", at: now });
    return { reactivated: true };
  });
}
