/**
 * Loaders of the admin's people screens: the list (filtered, keyset pages by e-mail) and one
 * person (memberships, recent events about them, and what the admin may do to them).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { userAdminWhereFor } from "@/lib/auth/scopes";
import type { TUserListQuery } from "@/lib/schemas/admin";
import type { Prisma } from "@/generated/prisma/client";
import { assertAdmin } from "@/lib/services/admin/admin-guard";
import { AUDIT_ROW } from "@/lib/services/admin/audit-log";

export const USER_PAGE_SIZE = 50;

export async function loadAdminUsersView(actor: Actor, q: TUserListQuery) {
  assertAdmin(actor);
  const and: Prisma.UserWhereInput[] = [userAdminWhereFor(actor), { deletedAt: null }];
  if (q.q) and.push({ OR: [{ email: { contains: q.q.toLowerCase() } }, { name: { contains: q.q, mode: "insensitive" } }] });
  if (q.role) and.push({ role: q.role });
  if (q.state === "active") and.push({ deactivatedAt: null });
  if (q.state === "deactivated") and.push({ deactivatedAt: { not: null } });
  if (q.after) and.push({ email: { gt: q.after } });
  const rows = await db.user.findMany({
    where: { AND: and },
    orderBy: { email: "asc" },
    take: USER_PAGE_SIZE + 1,
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true, createdAt: true, _count: { select: { memberships: true } } },
  });
  const page = rows.slice(0, USER_PAGE_SIZE);
  return { rows: page, next: rows.length > USER_PAGE_SIZE ? page[page.length - 1].email : null, selfId: actor.userId };
}

export async function loadAdminUserView(actor: Actor, userId: string) {
  assertAdmin(actor);
  const user = await db.user.findFirst({
    where: { AND: [userAdminWhereFor(actor), { id: userId, deletedAt: null }] },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      locale: true,
      createdAt: true,
      deactivatedAt: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, verifiedAt: true, organisation: { select: { id: true, name: true, shortCode: true } } } },
      _count: { select: { sessions: true, contributions: true } },
    },
  });
  if (!user) return null;
  const events = await db.auditEvent.findMany({
    where: { OR: [{ subjectUserId: user.id }, { actorId: user.id }] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 10,
    select: AUDIT_ROW,
  });
  const isSelf = user.id === actor.userId;
  return { user, events, isSelf, may: { changeRole: !isSelf, deactivate: !isSelf && !user.deactivatedAt, reactivate: !isSelf && !!user.deactivatedAt } };
}
