/**
 * Audit events: who did what, when, from which status to which, and why. Written inside the
 * transaction of the change they record, so the trail and the data never disagree.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { Status } from "@/lib/rules/transitions";

export interface AuditRecord {
  actorId: string | null;
  action: string;
  /** The person the event is about (role change, deactivation, account deletion). */
  subjectUserId?: string;
  contributionId?: string;
  fromStatus?: Status;
  toStatus?: Status;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  at?: Date;
}

export async function recordAudit(tx: Prisma.TransactionClient, r: AuditRecord): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(r) });
}

function auditRow(r: AuditRecord): Prisma.AuditEventCreateManyInput {
  return {
    actorId: r.actorId,
    action: r.action,
    subjectUserId: r.subjectUserId,
    contributionId: r.contributionId,
    fromStatus: r.fromStatus,
    toStatus: r.toStatus,
    reason: r.reason || null,
    data: r.data,
    at: r.at,
  };
}

/** Records many events in one statement (one per member of a campaign). */
export async function recordAudits(tx: Prisma.TransactionClient, rs: AuditRecord[]): Promise<void> {
  if (!rs.length) return;
  await tx.auditEvent.createMany({ data: rs.map(auditRow) });
}
