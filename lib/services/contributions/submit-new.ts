/**
 * The deadline crowd's path (issue 11): a contribution without revision proposals (new, or the
 * draft its form autosaved) submitted in ONE SQL statement. A new one is sent once and committed
 * on its own (no BEGIN/COMMIT round trips, no interactive transaction); a draft's row is locked
 * by a statement before it, in a short transaction (see submitInOneStatement). It writes what
 * submit-contribution.ts's transaction writes for the same case: the row (SUBMITTED, with its
 * reference number), the audit events, the answers, version 1 and the receipt in the outbox; all
 * or nothing. tests/integration/submit-new.test.ts checks both write what the transaction writes.
 *
 * Why plain SQL here and nowhere else: a submission through Prisma took ~16 round trips, each
 * compiled by Prisma's query compiler, and the gapless counter's row lock was held across three
 * of them; at 200 at once the app server's CPU (Prisma, socket writes) was the limit. Here the
 * lock is held from the counter's update to the statement's commit, inside PostgreSQL, with no
 * network wait in between (a draft: the COMMIT's round trip), and the row is written once (its
 * generated search columns computed once, not again by an UPDATE).
 *
 * The reference number exists only inside the statement, so the receipt is rendered with a
 * random placeholder that the statement replaces by the number.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { ACTIVE_COSPONSOR_STATUSES } from "@/lib/rules/statuses";
import { referenceCounterKey, referenceNumberSql } from "./numbering";
import type { contentColumns } from "./content";

type Content = ReturnType<typeof contentColumns>;

export interface NewSubmission {
  consultation: { id: string; code: string };
  organisationId: string;
  actorId: string;
  type: string;
  idempotencyKey: string;
  content: Content;
  answers: { questionId: string; text: string }[];
  questionPositions: Map<string, number>;
  arrivedAt: Date;
  /** The receipt, rendered with `referenceNumber` = the placeholder given to render(). */
  receipt: (placeholder: string) => { to: string; locale: string; subject: string; text: string };
}

const STATEMENT = `
WITH n AS (
  INSERT INTO "Counter" (key, value) VALUES ($1::text, 1)
  ON CONFLICT (key) DO UPDATE SET value = "Counter".value + 1
  RETURNING value
), c AS (
  INSERT INTO "Contribution" (id, "consultationId", "organisationId", "createdById", type, status, "idempotencyKey",
    title, summary, body, language, "actionLines", sdgs, "c7SubItems", "nameInCampaign", "referenceNumber", "submittedAt", "createdAt", "updatedAt")
  VALUES ($2::text, $3::text, $4::text, $5::text, $6::text::"ContributionType", 'SUBMITTED', $7::text,
    $8::text, $9::text, $10::text, $11::text, $12::text[], $13::int[], $14::text[], $15::boolean,
    (SELECT ${referenceNumberSql("$16::text", "value")} FROM n), ($17::timestamptz AT TIME ZONE 'UTC'), now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
  RETURNING id, "referenceNumber"
), created AS (
  INSERT INTO "AuditEvent" (id, at, "actorId", action, "contributionId", "toStatus")
  SELECT gen_random_uuid()::text, ($17::timestamptz AT TIME ZONE 'UTC'), $5::text, 'contribution.create', c.id, 'DRAFT' FROM c
), submitted AS (
  -- After the creation event, so timelines read "created, submitted" in that order.
  INSERT INTO "AuditEvent" (id, at, "actorId", action, "contributionId", "fromStatus", "toStatus", data)
  SELECT gen_random_uuid()::text, GREATEST(clock_timestamp() AT TIME ZONE 'UTC', ($17::timestamptz AT TIME ZONE 'UTC') + interval '1 millisecond'),
    $5::text, 'contribution.submit', c.id, 'DRAFT', 'SUBMITTED',
    jsonb_build_object('referenceNumber', c."referenceNumber", 'version', 1, 'receivedAt', $18::text) FROM c
), answers AS (
  INSERT INTO "ContributionAnswer" (id, "contributionId", "questionId", text)
  SELECT gen_random_uuid()::text, c.id, a.question, a.text FROM c, unnest($19::text[], $20::text[]) AS a(question, text)
), version AS (
  INSERT INTO "ContributionVersion" (id, "contributionId", number, title, summary, body, language, "actionLines", sdgs, "c7SubItems", answers, cosponsors, attachments, proposals, "createdById", "createdAt")
  SELECT gen_random_uuid()::text, c.id, 1, $8::text, $9::text, $10::text, coalesce($11::text, 'en'), $12::text[], $13::int[], $14::text[], $21::jsonb, '[]', '[]', '[]', $5::text, now() AT TIME ZONE 'UTC' FROM c
), receipt AS (
  INSERT INTO "OutboundEmail" (id, "to", locale, kind, subject, text, "contributionId", "createdAt", "nextAttemptAt")
  SELECT gen_random_uuid()::text, $22::text, $23::text, 'receipt', replace($24::text, $26::text, c."referenceNumber"), replace($25::text, $26::text, c."referenceNumber"), c.id,
    now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC' FROM c
)
SELECT id, "referenceNumber" FROM c`;

/**
 * The same for a draft the form saved (autosave) under this key: the draft's row becomes the
 * submission. Its row is locked first (FOR UPDATE, in the statement before: see
 * submitInOneStatement) and the counter is taken only if it is still a draft, so a concurrent
 * submission of the same draft that won finds nothing to do and takes no number (the caller
 * answers with the winner's). Answers become the given ones; saved revision
 * proposals are dropped (a submission with proposals takes the transaction); version 1 records
 * the draft's attachments and active co-sponsors, as snapshotVersion() does.
 */
const DRAFT_STATEMENT = `
WITH d AS (
  -- Still this form's draft, of this consultation and organisation (checked by the caller too).
  SELECT id FROM "Contribution"
  WHERE id = $2::text AND status = 'DRAFT' AND "consultationId" = $3::text AND "organisationId" = $4::text AND "idempotencyKey" = $7::text
  FOR UPDATE
), n AS (
  INSERT INTO "Counter" (key, value) SELECT $1::text, 1 FROM d
  ON CONFLICT (key) DO UPDATE SET value = "Counter".value + 1
  RETURNING value
), c AS (
  UPDATE "Contribution" SET type = $6::text::"ContributionType", status = 'SUBMITTED',
    title = $8::text, summary = $9::text, body = $10::text, language = $11::text, "actionLines" = $12::text[], sdgs = $13::int[],
    "c7SubItems" = $14::text[], "nameInCampaign" = $15::boolean,
    "referenceNumber" = (SELECT ${referenceNumberSql("$16::text", "value")} FROM n),
    "submittedAt" = ($17::timestamptz AT TIME ZONE 'UTC'), "updatedAt" = now() AT TIME ZONE 'UTC'
  WHERE id = (SELECT id FROM d)
  RETURNING id, "referenceNumber"
), submitted AS (
  INSERT INTO "AuditEvent" (id, at, "actorId", action, "contributionId", "fromStatus", "toStatus", data)
  SELECT gen_random_uuid()::text, GREATEST(clock_timestamp() AT TIME ZONE 'UTC', ($17::timestamptz AT TIME ZONE 'UTC') + interval '1 millisecond'),
    $5::text, 'contribution.submit', c.id, 'DRAFT', 'SUBMITTED',
    jsonb_build_object('referenceNumber', c."referenceNumber", 'version', 1, 'receivedAt', $18::text) FROM c
), dropped_answers AS (
  DELETE FROM "ContributionAnswer" WHERE "contributionId" = (SELECT id FROM c) AND NOT ("questionId" = ANY($19::text[]))
), answers AS (
  INSERT INTO "ContributionAnswer" (id, "contributionId", "questionId", text)
  SELECT gen_random_uuid()::text, c.id, a.question, a.text FROM c, unnest($19::text[], $20::text[]) AS a(question, text)
  ON CONFLICT ("contributionId", "questionId") DO UPDATE SET text = EXCLUDED.text
), dropped_proposals AS (
  DELETE FROM "RevisionProposal" WHERE "contributionId" = (SELECT id FROM c)
), version AS (
  INSERT INTO "ContributionVersion" (id, "contributionId", number, title, summary, body, language, "actionLines", sdgs, "c7SubItems", answers, cosponsors, attachments, proposals, "createdById", "createdAt")
  SELECT gen_random_uuid()::text, c.id, (SELECT count(*) + 1 FROM "ContributionVersion" v WHERE v."contributionId" = c.id),
    $8::text, $9::text, $10::text, coalesce($11::text, 'en'), $12::text[], $13::int[], $14::text[], $21::jsonb,
    (SELECT coalesce(jsonb_agg(jsonb_build_object('organisationId', s."organisationId", 'name', o.name, 'status', s.status) ORDER BY s."invitedAt"), '[]')
       FROM "CoSponsor" s JOIN "Organisation" o ON o.id = s."organisationId" WHERE s."contributionId" = c.id AND s.status::text = ANY($27::text[])),
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', f.id, 'filename', f.filename, 'sha256', f.sha256, 'size', f.size)), '[]')
       FROM "Attachment" f WHERE f."contributionId" = c.id),
    '[]', $5::text, now() AT TIME ZONE 'UTC' FROM c
), receipt AS (
  INSERT INTO "OutboundEmail" (id, "to", locale, kind, subject, text, "contributionId", "createdAt", "nextAttemptAt")
  SELECT gen_random_uuid()::text, $22::text, $23::text, 'receipt', replace($24::text, $26::text, c."referenceNumber"), replace($25::text, $26::text, c."referenceNumber"), c.id,
    now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC' FROM c
)
SELECT id, "referenceNumber" FROM c`;

type Written = { id: string; referenceNumber: string };

/**
 * Writes the submission (a new row, or the saved draft `draftId`); returns its id and reference
 * number, or null when the draft is no longer a draft (a concurrent submission of it won).
 * Throws pg's error as it comes: a unique violation on "idempotencyKey" (23505) when the same
 * form was submitted concurrently (nothing of this one was written: the caller returns the
 * winner's), anything else unchanged.
 */
export async function submitInOneStatement(pool: pg.Pool, s: NewSubmission, draftId?: string): Promise<Written | null> {
  const id = draftId ?? randomUUID();
  const placeholder = `\u2063REF-${randomUUID()}\u2063`;
  const receipt = s.receipt(placeholder);
  const answers = s.answers;
  // Version 1's answers as snapshotVersion() records them: with their position, in order.
  const snapshot = answers
    .map((a) => ({ questionId: a.questionId, position: s.questionPositions.get(a.questionId) ?? 0, text: a.text }))
    .sort((a, b) => a.position - b.position);
  const c = s.content;
  const params = [
    referenceCounterKey(s.consultation.code),
    id,
    s.consultation.id,
    s.organisationId,
    s.actorId,
    s.type,
    s.idempotencyKey,
    c.title,
    c.summary,
    c.body,
    c.language,
    c.actionLines,
    c.sdgs,
    c.c7SubItems,
    c.nameInCampaign,
    s.consultation.code,
    s.arrivedAt.toISOString(),
    s.arrivedAt.toISOString(),
    answers.map((a) => a.questionId),
    answers.map((a) => a.text),
    JSON.stringify(snapshot),
    receipt.to,
    receipt.locale,
    receipt.subject,
    receipt.text,
    placeholder,
    ...(draftId ? [[...ACTIVE_COSPONSOR_STATUSES]] : []),
  ];
  if (!draftId) return (await pool.query<Written>(STATEMENT, params)).rows[0];
  // A draft: its row is locked FIRST, in a statement of its own. All parts of one statement share
  // the snapshot taken when it starts; had the lock been taken inside it, after waiting for an
  // autosave in flight, the statement would not see the answers and proposals that autosave
  // wrote (nor an attachment added meanwhile), and they would survive the submission outside
  // version 1. Locked here, the statement starts after any such writer has committed.
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const locked = await client.query(`SELECT 1 FROM "Contribution" WHERE id = $1 AND status = 'DRAFT' FOR UPDATE`, [draftId]);
    const written = locked.rowCount ? (await client.query<Written>(DRAFT_STATEMENT, params)).rows[0] : undefined;
    await client.query(written ? "COMMIT" : "ROLLBACK");
    return written ?? null;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => (broken = true));
    throw e;
  } finally {
    // A connection that could not even roll back is dropped, not returned to the pool.
    client.release(broken);
  }
}
