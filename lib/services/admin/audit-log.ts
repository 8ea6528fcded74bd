/**
 * The audit log across the portal, for the admin: filtered by person (actor or subject: an
 * e-mail address exactly, or part of a name), action (exact, or a family: "user" matches
 * "user.role"), contribution (reference or document number) and UTC days; newest first, in keyset
 * pages over (at, id), so a page read while new events arrive neither repeats nor skips rows.
 *
 * People are shown as they are now: a deleted account has no name or e-mail left to show
 * (lib/services/account/delete-account.ts).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { auditEventAdminWhereFor } from "@/lib/auth/scopes";
import { AUDIT_PAGE_SIZE, type AuditQuery } from "@/lib/schemas/admin";
import type { Prisma } from "@/generated/prisma/client";
import { assertAdmin } from "./admin-guard";

const PERSON = { select: { id: true, name: true, email: true, deletedAt: true } } as const;

export const AUDIT_ROW = {
  id: true,
  at: true,
  action: true,
  fromStatus: true,
  toStatus: true,
  reason: true,
  data: true,
  actor: PERSON,
  subject: PERSON,
  contribution: { select: { id: true, referenceNumber: true, documentNumber: true, title: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_ROW }>;

const DAY_MS = 86_400_000;

/** The WHERE of the filters (without the keyset), ANDed with the admin scope. */
export function auditWhere(actor: Actor, q: Omit<AuditQuery, "after" | "ignored">): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [auditEventAdminWhereFor(actor)];
  if (q.person) {
    const person: Prisma.UserWhereInput = q.person.includes("@") ? { email: q.person.toLowerCase() } : { name: { contains: q.person, mode: "insensitive" } };
    and.push({ OR: [{ actor: person }, { subject: person }] });
  }
  if (q.action) and.push({ OR: [{ action: q.action }, { action: { startsWith: `${q.action}.` } }] });
  if (q.contribution) {
    const c = q.contribution;
    and.push({ contribution: { OR: [{ referenceNumber: { equals: c, mode: "insensitive" } }, { documentNumber: { equals: c, mode: "insensitive" } }, { id: c }] } });
  }
  if (q.from) and.push({ at: { gte: new Date(`${q.from}T00:00:00.000Z`) } });
  if (q.to) and.push({ at: { lt: new Date(Date.parse(`${q.to}T00:00:00.000Z`) + DAY_MS) } });
  return { AND: and };
}

function after(cursor: { at: Date; id: string } | undefined): Prisma.AuditEventWhereInput {
  return cursor ? { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] } : {};
}

/** One page of the log and whether another follows. */
export async function listAuditEvents(actor: Actor, q: AuditQuery, size = AUDIT_PAGE_SIZE): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  assertAdmin(actor);
  const rows = await db.auditEvent.findMany({
    where: { AND: [auditWhere(actor, q), after(q.after)] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: size + 1,
    select: AUDIT_ROW,
  });
  return { rows: rows.slice(0, size), hasMore: rows.length > size };
}

/** Every matching event, newest first, read in batches by keyset (for the CSV export). */
export async function* allAuditEvents(actor: Actor, q: AuditQuery, batch = 500): AsyncGenerator<AuditRow> {
  assertAdmin(actor);
  let cursor: { at: Date; id: string } | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { AND: [auditWhere(actor, q), after(cursor)] },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: batch,
      select: AUDIT_ROW,
    });
    yield* rows;
    if (rows.length < batch) return;
    cursor = rows[rows.length - 1];
  }
}

/** The distinct actions recorded so far, for the filter's choice list. */
export async function auditActions(actor: Actor): Promise<string[]> {
  assertAdmin(actor);
  const rows = await db.auditEvent.groupBy({ by: ["action"], where: auditEventAdminWhereFor(actor), orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
