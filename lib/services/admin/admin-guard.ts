/**
 * Shared guards of the admin's changes. Every change runs in a transaction that first takes one
 * advisory lock (so two admins changing roles at once are serialised and the "last admin" count
 * cannot be raced), then re-reads the caller: an admin demoted or deactivated a moment ago is
 * refused even though their request was authorised when it arrived.
 */
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export type AdminActor = Extract<Actor, { kind: "user" }>;

/** An arbitrary constant naming the lock of admin changes (pg_advisory_xact_lock's key). */
const ADMIN_LOCK = 7_212_007;

export function assertAdmin(actor: Actor): asserts actor is AdminActor {
  assertCan(actor, "admin.manage");
}

/** Inside the transaction: lock, and make sure the caller is still an active admin. */
export async function lockAndRecheck(tx: Prisma.TransactionClient, actor: AdminActor): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_LOCK})`;
  const still = await tx.user.count({ where: { id: actor.userId, role: "ADMIN", deactivatedAt: null, deletedAt: null } });
  if (!still) throw new AppError("FORBIDDEN");
}

/** Refuses a change that would leave no active admin besides `userId` (who is losing the role). */
export async function assertNotLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, deletedAt: null, NOT: { id: userId } } });
  if (others === 0) throw new AppError("LAST_ADMIN");
}

/** Takes the same lock outside the admin's own changes (account deletion), without the re-check. */
export async function lockAdminChanges(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_LOCK})`;
}
