/**
 * UNSCOPED on purpose: the contribution that holds a form's idempotency key, whichever
 * organisation it belongs to. The key is unique across the whole table, so the lookup must see
 * every row: a replay must find the first submission (and return it), and someone else's key must
 * be refused (NOT_FOUND) instead of colliding on insert. Callers check at once that the row is the
 * caller's organisation's (submit-contribution.ts, save-draft.ts) and reveal nothing otherwise.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

const select = { id: true, status: true, referenceNumber: true, createdById: true, organisationId: true, consultationId: true, extendedUntil: true } as const;

export function unscopedFindContributionByKey(key: string, client: Prisma.TransactionClient = db) {
  return client.contribution.findUnique({ where: { idempotencyKey: key }, select });
}
