/**
 * Submits a contribution on behalf of an organisation, all or nothing: content (a new row, or the
 * draft saved under the same form key) → version 1 → reference number → status, audit event and
 * receipt e-mail in the outbox.
 *
 * Two ways to write it, the same rows (tests/integration/submit-new.test.ts compares them):
 * - without revision proposals (the deadline crowd's case): ONE SQL statement (submit-new.ts);
 * - with proposals: a Prisma transaction. The gapless counter is taken last, and what follows it
 *   is one statement (submit-writes.ts), so its row lock is held for two round trips and the commit.
 * Writes wait their turn in a bounded queue (submission-queue.ts); the deadline is judged at arrival.
 *
 * Exactly once: the form's idempotency key is unique in the database; a replay (double click,
 * retried request) returns the contribution the first call submitted, with no second number,
 * version or e-mail.
 * @throws AppError UNAUTHENTICATED | FORBIDDEN (not a verified member of the organisation)
 *   | NOT_FOUND (consultation, or a key that belongs to someone else) | CONSULTATION_NOT_OPEN
 *   | CONSULTATION_CLOSED | TYPE_NOT_ALLOWED | BUSY (queue full, or the database could not take it
 *   now: nothing stored, retry with the same key) | VALIDATION (answer to another consultation's question,
 *   a revision proposal against its baseline: lib/services/proposals/write-proposals.ts).
 */
import "server-only";
import { db, Prisma, primaryPool } from "@/lib/db";
import { assertCanSubmitFor, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { renderEmail } from "@/lib/email/templates";
import { assertWindowOpen, contributionWindow } from "@/lib/rules/window";
import { DRAFT_STATUS } from "@/lib/rules/statuses";
import { checkedAnswers, contentColumns, replaceAnswers, snapshotVersion } from "./content";
import { nextReferenceNumber } from "./numbering";
import { unscopedFindContributionByKey, unscopedSubmissionContext } from "./find-by-key";
import { createSubmitted, markSubmitted } from "./submit-writes";
import { afterSameKey, inSubmissionQueue } from "./submission-queue";
import { submitInOneStatement } from "./submit-new";
import { numberProposals, prepareProposals, replaceProposals } from "@/lib/services/proposals/write-proposals";

export interface SubmittedContribution {
  id: string;
  referenceNumber: string;
  /** When the submission reached the server (ISO), the instant the deadline was judged at. */
  receivedAt?: string;
}

type Existing = { id: string; status: string; referenceNumber: string | null; submittedAt: Date | null; createdById: string; organisationId: string; consultationId: string; extendedUntil: Date | null };

async function findByKey(key: string, actor: Extract<Actor, { kind: "user" }>): Promise<Existing | null> {
  return checkedExisting(await unscopedFindContributionByKey(key), actor);
}

function checkedExisting(found: Existing | null, actor: Extract<Actor, { kind: "user" }>): Existing | null {
  if (!found) return null;
  // A key is a claim by the client: another organisation's key reveals nothing.
  const sameOrganisation = actor.memberships.some((m) => m.verified && m.organisationId === found.organisationId);
  if (!sameOrganisation) throw new AppError("NOT_FOUND");
  return found;
}

export interface SubmitOptions {
  /** false: the Prisma transaction even where one statement would do (tests compare the two). */
  oneStatement?: boolean;
  /** false: calls with one key on this server race in the database, as two servers' calls do (tests). */
  sameKeyWaits?: boolean;
}

export async function submitContribution(actor: Actor, input: TContributionInput, arrivedAt = new Date(), options: SubmitOptions = {}): Promise<SubmittedContribution> {
  assertCanSubmitFor(actor, input.organisationId);
  if (options.sameKeyWaits === false) return submitOnce(actor, input, arrivedAt, options);
  // The same form sent twice at once (a double click): the second waits for the first, then finds
  // it by its key. Keyed by organisation too: someone else's request with this key never delays this one.
  return afterSameKey(`${input.organisationId} ${input.idempotencyKey}`, () => submitOnce(actor, input, arrivedAt, options));
}

async function submitOnce(actor: Extract<Actor, { kind: "user" }>, input: TContributionInput, arrivedAt: Date, options: SubmitOptions): Promise<SubmittedContribution> {
  // The consultation and the contribution already holding this form's key, in one round trip.
  const context = await unscopedSubmissionContext(input.consultationId, input.idempotencyKey);
  const existing = checkedExisting(context.existing, actor);
  if (existing?.referenceNumber && existing.status !== DRAFT_STATUS) return asSubmitted(existing);
  // A draft stays in its organisation and its consultation (whose window and numbering apply).
  if (existing && (existing.organisationId !== input.organisationId || existing.consultationId !== input.consultationId)) throw new AppError("NOT_FOUND");

  // The slow work comes first, outside the transaction: checking the answers and proposals,
  // preparing the rows and the receipt.
  const consultation = context.consultation;
  if (!consultation) throw new AppError("NOT_FOUND");
  // Judged at arrival: a submission that reached the server before the deadline is accepted even
  // when its turn in the queue comes after it. A draft the secretariat gave more time follows its
  // own, later deadline.
  assertWindowOpen(contributionWindow(consultation, existing?.extendedUntil), arrivedAt);
  if (!consultation.allowedTypes.includes(input.type)) throw new AppError("TYPE_NOT_ALLOWED");
  const answers = checkedAnswers(input.answers, new Set(consultation.guidingQuestions.map((q) => q.id)));
  const proposals = await prepareProposals(input, { complete: true });
  const hasProposals = proposals.rows.length > 0;
  const content = contentColumns(input, proposals.actionLines);
  const receivedAt = receivedAtText(arrivedAt, actor.locale, consultation.timeZone);

  try {
    // The common case at a deadline, a contribution without revision proposals (new, or the
    // draft its form autosaved): one statement (submit-new.ts). Proposals take the transaction.
    if (!hasProposals && options.oneStatement !== false) {
      const questionPositions = new Map(consultation.guidingQuestions.map((q) => [q.id, q.position]));
      const written = await inSubmissionQueue(arrivedAt, () =>
        submitInOneStatement(
          primaryPool,
          {
            consultation,
            organisationId: input.organisationId,
            actorId: actor.userId,
            type: input.type,
            idempotencyKey: input.idempotencyKey,
            content,
            answers,
            questionPositions,
            arrivedAt,
            receipt: (placeholder) => ({ to: actor.email, ...renderEmail("receipt", actor.locale, { referenceNumber: placeholder, title: input.title, receivedAt }) }),
          },
          existing?.id,
        ),
      );
      // The draft is no longer a draft: a concurrent submission of it won (found below).
      if (!written) throw new AppError("CONFLICT", { status: "" });
      return { ...written, receivedAt: arrivedAt.toISOString() };
    }
    return await inSubmissionQueue(arrivedAt, () =>
      db.$transaction(async (tx) => {
        let id: string;
        if (existing) {
          // The draft saved under this form: it must still be a draft (a concurrent submit may have won).
          const { count } = await tx.contribution.updateMany({ where: { id: existing.id, status: "DRAFT" }, data: { ...content, type: input.type } });
          if (count === 0) throw new AppError("CONFLICT", { status: (await tx.contribution.findUnique({ where: { id: existing.id } }))?.status ?? "" });
          id = existing.id;
          await replaceAnswers(tx, id, answers);
          await replaceProposals(tx, id, proposals);
          if (!hasProposals) await snapshotVersion(tx, id, actor.userId);
        } else {
          // A new contribution: its row, creation event, answers and version 1 in one nested write.
          id = await createSubmitted(tx, actor.userId, input, content, answers, consultation.guidingQuestions, arrivedAt, hasProposals ? undefined : 1);
          if (hasProposals) await replaceProposals(tx, id, proposals);
        }
        // Last, the number: from here to COMMIT the counter row is locked, and every other
        // submission of the consultation waits for it. Only what needs the number runs now.
        const referenceNumber = await nextReferenceNumber(tx, consultation.code);
        const receipt = renderEmail("receipt", actor.locale, { referenceNumber, title: input.title, receivedAt });
        await markSubmitted(tx, { id, referenceNumber, arrivedAt, actorId: actor.userId, email: { to: actor.email, ...receipt } });
        if (hasProposals) {
          // Proposal numbers contain the reference number; version 1 holds them.
          await numberProposals(tx, id);
          await snapshotVersion(tx, id, actor.userId);
        }
        return { id, referenceNumber, receivedAt: arrivedAt.toISOString() };
      }),
    );
  } catch (e) {
    // Two identical requests raced: the loser finds the winner's submission.
    const raced =
      (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") || (e instanceof AppError && e.code === "CONFLICT") || pgCode(e) === UNIQUE_VIOLATION;
    if (raced) {
      const winner = await findByKey(input.idempotencyKey, actor);
      if (winner?.referenceNumber && winner.status !== DRAFT_STATUS) return asSubmitted(winner);
    }
    // The database could not take it now (no connection in time, a dropped connection): nothing
    // was committed, so the same key may be sent again.
    if (e instanceof Prisma.PrismaClientKnownRequestError && TRANSIENT.has(e.code)) throw new AppError("BUSY", { retryAfter: 5 });
    if (isTransientPgError(e)) throw new AppError("BUSY", { retryAfter: 5 });
    throw e;
  }
}

/** What a replay returns: the first submission's id, number and arrival. */
function asSubmitted(c: Existing): SubmittedContribution {
  return { id: c.id, referenceNumber: c.referenceNumber!, receivedAt: c.submittedAt?.toISOString() };
}

const UNIQUE_VIOLATION = "23505";
const pgCode = (e: unknown): string | undefined => (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined);

/**
 * node-postgres errors (the one-statement path) after which nothing was committed: no connection
 * (refused, reset, timed out), the server shutting down or out of connections (SQLSTATE classes
 * 08 and 57P, 53300), a serialisation failure or deadlock (40001, 40P01).
 */
function isTransientPgError(e: unknown): boolean {
  const code = pgCode(e);
  if (!code) return e instanceof Error && /Connection terminated|timeout exceeded when trying to connect/i.test(e.message);
  return /^(08|57P)/.test(code) || ["53300", "40001", "40P01", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"].includes(code);
}

/** Prisma errors after which nothing was committed and a retry can succeed. */
const TRANSIENT = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);

/** "Wednesday, 3 December 2026 at 23:59:58 (Europe/Geneva)" in the person's language. */
function receivedAtText(at: Date, locale: string, timeZone: string): string {
  return `${receivedAtFormat(locale, timeZone).format(at)} (${timeZone})`;
}

// Building an Intl.DateTimeFormat with a time zone costs about as much CPU as the rest of the
// submission's own code (a profile of bench:surge: 3 % of the app server); there are six
// languages and a handful of consultation time zones, so each pair is built once per process.
const receivedAtFormats = new Map<string, Intl.DateTimeFormat>();

function receivedAtFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = receivedAtFormats.get(key);
  if (!format) {
    let language = locale;
    try {
      new Intl.DateTimeFormat(language);
    } catch {
      language = "en";
    }
    format = new Intl.DateTimeFormat(language, { dateStyle: "full", timeStyle: "medium", timeZone });
    if (receivedAtFormats.size >= 256) receivedAtFormats.clear(); // a bound, should keys ever vary
    receivedAtFormats.set(key, format);
  }
  return format;
}
