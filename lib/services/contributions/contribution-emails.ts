/**
 * The e-mails written about a contribution (OutboundEmail rows: recipient, template kind, delivery
 * status, when), for its timeline. The secretariat (queue.view) sees every one; anyone else who
 * may see the contribution sees only those addressed to themselves, so one person's address or
 * another organisation's invitation never shows to a contributor. Subjects and texts are not read.
 * Returns [] for a contribution the actor may not see.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { emailWhereFor } from "@/lib/auth/scopes";
import { isId } from "@/lib/schemas/id";

export interface EmailEvent {
  id: string;
  to: string;
  kind: string;
  status: "PENDING" | "SENT" | "FAILED";
  /** When it was written to the outbox. */
  createdAt: Date;
  sentAt: Date | null;
}

export async function listContributionEmails(actor: Actor, contributionId: string): Promise<EmailEvent[]> {
  if (!isId(contributionId)) return [];
  return db.outboundEmail.findMany({
    where: { AND: [emailWhereFor(actor), { contributionId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, to: true, kind: true, status: true, createdAt: true, sentAt: true },
  });
}
