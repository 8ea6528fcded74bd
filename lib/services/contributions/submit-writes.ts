/**
 * The writes of a submission, shaped for the deadline crowd (issue 11): few round trips, and as
 * few as possible while the consultation's counter row is locked.
 *
 * - createSubmitted(): before the number. A new contribution, its creation audit event, its
 *   answers and (unless proposals follow) version 1, in one nested Prisma write. The version is
 *   built from the content being written, exactly as snapshotVersion() would read it back: a new
 *   contribution has no attachments, no proposals and no earlier version.
 * - markSubmitted(): after the number. Status, reference number and arrival time, the
 *   "contribution.submit" audit event and the receipt in the outbox, in ONE statement: with the
 *   counter's statement before it and the COMMIT after it, the lock is held for three round trips.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { Prisma as P } from "@/generated/prisma/client";
import type { TContributionInput } from "@/lib/schemas/contribution";
import type { contentColumns } from "./content";

type Tx = Prisma.TransactionClient;
type Content = ReturnType<typeof contentColumns>;

/**
 * Creates the contribution (still a DRAFT: the number comes later, in the same transaction) with
 * its creation event, answers and, when `version` is given, that version's snapshot. Returns its id.
 */
export async function createSubmitted(
  tx: Tx,
  actorId: string,
  input: Pick<TContributionInput, "consultationId" | "organisationId" | "type" | "idempotencyKey" | "language">,
  content: Content,
  answers: { questionId: string; text: string }[],
  questions: { id: string; position: number }[],
  at: Date,
  version?: number,
): Promise<string> {
  const position = new Map(questions.map((q) => [q.id, q.position]));
  const { id } = await tx.contribution.create({
    data: {
      consultationId: input.consultationId,
      organisationId: input.organisationId,
      createdById: actorId,
      type: input.type,
      status: "DRAFT",
      idempotencyKey: input.idempotencyKey,
      ...content,
      auditEvents: { create: { actorId, action: "contribution.create", toStatus: "DRAFT", at } },
      answers: answers.length ? { createMany: { data: answers.map((a) => ({ questionId: a.questionId, text: a.text })) } } : undefined,
      versions: version
        ? {
            create: {
              number: version,
              title: content.title,
              summary: content.summary,
              body: content.body,
              language: content.language ?? "en",
              actionLines: content.actionLines,
              sdgs: content.sdgs,
              c7SubItems: content.c7SubItems,
              // A contribution created and submitted at once has no co-sponsors yet.
              cosponsors: [],
              answers: answers.map((a) => ({ questionId: a.questionId, position: position.get(a.questionId) ?? 0, text: a.text })).sort((a, b) => a.position - b.position),
              attachments: [],
              proposals: [],
              createdById: actorId,
            },
          }
        : undefined,
    },
    select: { id: true },
  });
  return id;
}

export interface SubmittedMark {
  id: string;
  referenceNumber: string;
  arrivedAt: Date;
  actorId: string;
  email: { to: string; locale: string; subject: string; text: string };
}

/** Status SUBMITTED with its number, the submit audit event and the receipt, in one statement. */
export async function markSubmitted(tx: Tx, m: SubmittedMark): Promise<void> {
  const audit = JSON.stringify({ referenceNumber: m.referenceNumber, version: 1, receivedAt: m.arrivedAt.toISOString() });
  const rows = await tx.$queryRaw<{ id: string }[]>(P.sql`
    WITH submitted AS (
      UPDATE "Contribution"
      SET "status" = 'SUBMITTED', "referenceNumber" = ${m.referenceNumber}, "submittedAt" = ${m.arrivedAt}, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = ${m.id} AND "status" = 'DRAFT'
      RETURNING "id"
    ), audit AS (
      INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "contributionId", "fromStatus", "toStatus", "data")
      -- When it was recorded as submitted (the arrival is in its data): after the creation event
      -- written at arrival, so timelines read "created, submitted" in that order.
      SELECT gen_random_uuid()::text, GREATEST(clock_timestamp() AT TIME ZONE 'UTC', ${m.arrivedAt}::timestamp(3) + interval '1 millisecond'), ${m.actorId}, 'contribution.submit', "id", 'DRAFT', 'SUBMITTED', ${audit}::jsonb FROM submitted
    ), receipt AS (
      -- Times in UTC, as Prisma writes them: the columns' now() defaults would follow the
      -- session's time zone (a managed PostgreSQL need not run in UTC).
      INSERT INTO "OutboundEmail" ("id", "to", "locale", "kind", "subject", "text", "contributionId", "createdAt", "nextAttemptAt")
      SELECT gen_random_uuid()::text, ${m.email.to}, ${m.email.locale}, 'receipt', ${m.email.subject}, ${m.email.text}, "id", now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC' FROM submitted
    )
    SELECT "id" FROM submitted`);
  // The row was created or checked as a DRAFT in this same transaction: anything else is a bug.
  if (rows.length !== 1) throw new Error(`markSubmitted: contribution ${m.id} is no longer a draft`);
}
