/** Loader of the admin's audit log screen: one keyset page, the action choices, the next cursor. */
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { encodeAuditCursor, type AuditQuery } from "@/lib/schemas/admin";
import { assertAdmin } from "@/lib/services/admin/admin-guard";
import { auditActions, listAuditEvents } from "@/lib/services/admin/audit-log";

export async function loadAdminAuditView(actor: Actor, query: AuditQuery) {
  assertAdmin(actor);
  const [{ rows, hasMore }, actions] = await Promise.all([listAuditEvents(actor, query), auditActions(actor)]);
  return { rows, actions, next: hasMore ? encodeAuditCursor(rows[rows.length - 1]) : null };
}
