/**
 * Reference and document numbers, gapless per consultation: a counter row is incremented in
 * the transaction that uses the number, so a rolled-back submission gives its number back and
 * two concurrent ones queue on the row lock instead of taking the same number.
 *
 * Formats: reference (receipt) `WSIS20-C-0001`; document number `CWG-WSIS&SDG/WSIS20/1`,
 * after the CWG's document series (the group's documents are numbered CWG-WSIS&SDG-<n>/<x>);
 * its revisions, addenda and corrigenda `…/5(Rev.1)` (lib/reference/document-number.ts).
 */
import type { Prisma } from "@/generated/prisma/client";
import { baseDocumentNumber, type PartKind } from "@/lib/reference/document-number";

type Tx = Prisma.TransactionClient;

async function next(tx: Tx, key: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Counter" (key, value) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET value = "Counter".value + 1
    RETURNING value`;
  return rows[0].value;
}

/** The counter row of a consultation's reference numbers. */
export const referenceCounterKey = (consultationCode: string) => `reference:${consultationCode}`;

/** `WSIS20-C-0001`: at least four digits, more past 9999 (never cut). */
export function formatReferenceNumber(consultationCode: string, n: number): string {
  return `${consultationCode}-C-${String(n).padStart(4, "0")}`;
}

/**
 * formatReferenceNumber() in SQL, for the one-statement submission (submit-new.ts): `code` and
 * `n` are SQL expressions. tests/integration/submit-new.test.ts checks the two agree.
 */
export const referenceNumberSql = (code: string, n: string) => `${code} || '-C-' || lpad((${n})::text, greatest(4, length((${n})::text)), '0')`;

export async function nextReferenceNumber(tx: Tx, consultationCode: string): Promise<string> {
  return formatReferenceNumber(consultationCode, await next(tx, referenceCounterKey(consultationCode)));
}

export async function nextDocumentNumber(tx: Tx, consultationCode: string): Promise<string> {
  const n = await next(tx, `document:${consultationCode}`);
  return baseDocumentNumber(consultationCode, n);
}

/**
 * The next n of a published document's revisions, addenda or corrigenda (Rev.n, Add.n, Corr.n),
 * gapless per document and kind, taken in the transaction that publishes the part.
 */
export function nextPartNumber(tx: Tx, contributionId: string, kind: PartKind): Promise<number> {
  return next(tx, `part:${kind}:${contributionId}`);
}
