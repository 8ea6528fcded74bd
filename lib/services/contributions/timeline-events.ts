/**
 * A contribution's history as `actor` may see it: the audit events within auditEventWhereFor,
 * whose allow-lists per audience (lib/rules/timeline.ts) keep internal actions internal. Empty for
 * a contribution the actor may not see.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { auditEventWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";

export async function listTimelineEvents(actor: Actor, contributionId: string) {
  if (!isId(contributionId)) return [];
  return db.auditEvent.findMany({
    where: { AND: [auditEventWhereFor(actor), { contributionId }] },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, action: true, reason: true, data: true, actor: { select: { name: true } } },
  });
}
