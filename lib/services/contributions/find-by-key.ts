/**
 * UNSCOPED on purpose: the contribution that holds a form's idempotency key, whichever
 * organisation it belongs to. The key is unique across the whole table, so the lookup must see
 * every row: a replay must find the first submission (and return it), and someone else's key must
 * be refused (NOT_FOUND) instead of colliding on insert. Callers check at once that the row is the
 * caller's organisation's (submit-contribution.ts, save-draft.ts) and reveal nothing otherwise.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, primaryPool } from "@/lib/db";
import { epochMs, fromEpochMs } from "@/lib/sql-epoch";

const select = { id: true, status: true, referenceNumber: true, submittedAt: true, createdById: true, organisationId: true, consultationId: true, extendedUntil: true } as const;

export function unscopedFindContributionByKey(key: string, client: Prisma.TransactionClient = db) {
  return client.contribution.findUnique({ where: { idempotencyKey: key }, select });
}

export interface SubmissionContext {
  consultation: { id: string; code: string; opensAt: Date; closesAt: Date; timeZone: string; allowedTypes: string[]; guidingQuestions: { id: string; position: number }[] } | null;
  existing: { id: string; status: string; referenceNumber: string | null; submittedAt: Date | null; createdById: string; organisationId: string; consultationId: string; extendedUntil: Date | null } | null;
}

const CONTEXT = `
SELECT
  (SELECT json_build_object('id', c.id, 'code', c.code, 'opensAt', ${epochMs('c."opensAt"')}, 'closesAt', ${epochMs('c."closesAt"')}, 'timeZone', c."timeZone",
     'allowedTypes', c."allowedTypes"::text[],
     'guidingQuestions', coalesce((SELECT json_agg(json_build_object('id', q.id, 'position', q.position)) FROM "GuidingQuestion" q WHERE q."consultationId" = c.id), '[]'))
   FROM "Consultation" c WHERE c.id = $1) AS consultation,
  (SELECT json_build_object('id', x.id, 'status', x.status, 'referenceNumber', x."referenceNumber", 'submittedAt', ${epochMs('x."submittedAt"')},
     'createdById', x."createdById", 'organisationId', x."organisationId", 'consultationId', x."consultationId", 'extendedUntil', ${epochMs('x."extendedUntil"')})
   FROM "Contribution" x WHERE x."idempotencyKey" = $2) AS existing`;


/**
 * UNSCOPED on purpose, like unscopedFindContributionByKey (same reasons, same caller checks): at
 * submission, the consultation (window, types, questions) and the contribution that already holds
 * the form's key, in one round trip (issue 11: this ran before every deadline submission, as three
 * Prisma queries). Plain SQL on the primary's pool.
 */
export async function unscopedSubmissionContext(consultationId: string, key: string): Promise<SubmissionContext> {
  type Raw = { consultation: (Omit<NonNullable<SubmissionContext["consultation"]>, "opensAt" | "closesAt"> & { opensAt: number; closesAt: number }) | null; existing: (Omit<NonNullable<SubmissionContext["existing"]>, "submittedAt" | "extendedUntil"> & { submittedAt: number | null; extendedUntil: number | null }) | null };
  const { rows } = await primaryPool.query<Raw>(CONTEXT, [consultationId, key]);
  const { consultation: c, existing: x } = rows[0];
  return {
    consultation: c && { ...c, opensAt: new Date(c.opensAt), closesAt: new Date(c.closesAt) },
    existing: x && { ...x, submittedAt: fromEpochMs(x.submittedAt), extendedUntil: fromEpochMs(x.extendedUntil) },
  };
}
