/**
 * Writing a contribution's revision proposals, inside the caller's transaction (save-draft,
 * submit, resubmit):
 *
 * 1. `prepareProposals(input, { complete })` (before the transaction): finds the baseline version
 *    the proposals amend (the input's `baselineVersion`, else the latest), checks every proposal
 *    against it with the same rules the editor shows (lib/schemas/proposal.ts proposalProblems)
 *    and returns the rows to store and the Action Lines they touch (added to the contribution's).
 * 2. `replaceProposals(tx, contributionId, prepared)`: the contribution's proposals become these,
 *    in order (positions 1…n). Drafts and contributions returned for changes are edited freely;
 *    decisions are taken on a submitted text only.
 * 3. `numberProposals(tx, contributionId)` at submission and resubmission: numbers in ITU's form
 *    SOURCE/DOCUMENT/serial (wsis.json `proposalNumbering`, e.g. ATU/35A18/1), here the
 *    organisation's short code, the contribution's reference number and the position:
 *    "EXA/WSIS20-C-0007/3". Resubmission renumbers from 1 (the text is a new version) and resets
 *    decisions to pending.
 * 4. `proposalSnapshot(tx, contributionId)`: the JSON stored in a ContributionVersion.
 *
 * @throws AppError VALIDATION with fieldErrors keyed "proposals.<i>.<field>" (unknown provision,
 *   MOD equal to the baseline, SUP with text, a second MOD/SUP/NOC of one provision at
 *   submission: "duplicateProvision") or "proposals" ("noBaseline" when no baseline text
 *   is loaded, "unknownBaselineVersion").
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { duplicateProvisions, proposalProblems, type ProposalMarker } from "@/lib/schemas/proposal";

type Tx = Prisma.TransactionClient;

export interface PreparedProposals {
  baselineVersion: number | null;
  rows: { position: number; marker: ProposalMarker; provisionId: string; text: string; reasons: string }[];
  /** Action Line codes of the provisions concerned, for the contribution's own list. */
  actionLines: string[];
}

interface ProposalsInput {
  type: string;
  baselineVersion?: number;
  proposals: { marker: ProposalMarker; ref: string; text: string; reasons: string }[];
}

type ProvisionRow = { id: string; ref: string; actionLine: string; text: string; partial: boolean };
// Baseline versions are never edited (a revised text is a new version), so their provisions are
// read once per process: autosave checks a draft's proposals every few seconds of typing.
const provisionCache = new Map<string, Promise<Map<string, ProvisionRow>>>();

function provisionsOf(baselineId: string): Promise<Map<string, ProvisionRow>> {
  let cached = provisionCache.get(baselineId);
  if (!cached) {
    cached = db.baselineProvision
      .findMany({ where: { baselineId }, select: { id: true, ref: true, actionLine: true, text: true, partial: true } })
      .then((rows) => new Map(rows.map((p) => [p.ref, p])));
    // A failed read is not kept: the next call tries again.
    cached.catch(() => provisionCache.delete(baselineId));
    provisionCache.set(baselineId, cached);
  }
  return cached;
}

/** Checks `input`'s proposals against their baseline version (see the module comment). */
export async function prepareProposals(input: ProposalsInput, { complete }: { complete: boolean }): Promise<PreparedProposals> {
  if (input.proposals.length === 0) return { baselineVersion: null, rows: [], actionLines: [] };
  const baseline = await db.baselineText.findFirst({ where: input.baselineVersion ? { version: input.baselineVersion } : {}, orderBy: { version: "desc" }, select: { id: true, version: true } });
  if (!baseline) throw new AppError("VALIDATION", {}, { proposals: [input.baselineVersion ? "unknownBaselineVersion" : "noBaseline"] });
  const byRef = await provisionsOf(baseline.id);

  const fieldErrors: Record<string, string[]> = {};
  const rows: PreparedProposals["rows"] = [];
  const actionLines = new Set<string>();
  input.proposals.forEach((p, i) => {
    for (const problem of proposalProblems(p, byRef, { complete })) (fieldErrors[`proposals.${i}.${problem.field}`] ??= []).push(problem.message);
    const provision = byRef.get(p.ref);
    if (provision) {
      rows.push({ position: i + 1, marker: p.marker, provisionId: provision.id, text: p.text, reasons: p.reasons });
      actionLines.add(provision.actionLine);
    }
  });
  if (complete) for (const i of duplicateProvisions(input.proposals)) (fieldErrors[`proposals.${i}.ref`] ??= []).push("duplicateProvision");
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", {}, fieldErrors);
  return { baselineVersion: baseline.version, rows, actionLines: [...actionLines] };
}

/** Replaces the contribution's proposals with `prepared.rows`. */
export async function replaceProposals(tx: Tx, contributionId: string, prepared: PreparedProposals): Promise<void> {
  await tx.revisionProposal.deleteMany({ where: { contributionId } });
  if (prepared.rows.length) await tx.revisionProposal.createMany({ data: prepared.rows.map((r) => ({ ...r, contributionId })) });
}

/** Numbers the contribution's proposals SOURCE/REFERENCE/serial and resets their decisions. */
export async function numberProposals(tx: Tx, contributionId: string): Promise<void> {
  const c = await tx.contribution.findUniqueOrThrow({ where: { id: contributionId }, select: { referenceNumber: true, organisation: { select: { shortCode: true } } } });
  if (!c.referenceNumber) throw new Error("numberProposals: the contribution has no reference number yet");
  // Clear first: positions may have moved since the last numbering and numbers are unique.
  await tx.revisionProposal.updateMany({ where: { contributionId }, data: { number: null, decision: "PENDING", decisionNote: null, decidedAt: null, decidedById: null } });
  await tx.$executeRaw`
    UPDATE "RevisionProposal" SET "number" = ${`${c.organisation.shortCode}/${c.referenceNumber}/`} || "position"
    WHERE "contributionId" = ${contributionId}`;
}

/** The proposals as a version snapshot: [{ number, position, marker, ref, baselineVersion, text, reasons }]. */
export async function proposalSnapshot(tx: Tx, contributionId: string): Promise<Prisma.InputJsonValue> {
  const proposals = await tx.revisionProposal.findMany({
    where: { contributionId },
    orderBy: { position: "asc" },
    select: { number: true, position: true, marker: true, text: true, reasons: true, provision: { select: { ref: true, baseline: { select: { version: true } } } } },
  });
  return proposals.map((p) => ({ number: p.number, position: p.position, marker: p.marker, ref: p.provision.ref, baselineVersion: p.provision.baseline.version, text: p.text, reasons: p.reasons }));
}
