/**
 * Revisions, addenda and corrigenda of a published document (ITU's Rev./Add./Corr.): their
 * statuses and the moves between them, pure. The same review as a contribution's: the
 * organisation submits a text, the secretariat accepts (numbered and published in that
 * transaction) or rejects it. The secretariat may first request one (REQUESTED, no text).
 *
 *   (secretariat requests) → REQUESTED → (organisation submits) → SUBMITTED → ACCEPTED | REJECTED
 *   (organisation asks)    ─────────────────────────────────────→ SUBMITTED
 */
import { PUBLISHED_STATUS } from "./statuses";

export const PART_STATUSES = ["REQUESTED", "SUBMITTED", "ACCEPTED", "REJECTED"] as const;
export type PartStatus = (typeof PART_STATUSES)[number];

/** The one status the public sees: numbered and published. */
export const PUBLISHED_PART_STATUS = "ACCEPTED" satisfies PartStatus;

/** Open parts: at most one open revision per document (a unique index says so too). */
export const OPEN_PART_STATUSES = ["REQUESTED", "SUBMITTED"] as const satisfies readonly PartStatus[];

export const PART_DECISIONS = ["accept", "reject"] as const;
export type PartDecision = (typeof PART_DECISIONS)[number];

/** A part can be requested or submitted only for a published document. */
export function documentTakesParts(contributionStatus: string): boolean {
  return contributionStatus === PUBLISHED_STATUS;
}

/** The organisation may write the text of a requested part (or ask anew, with no part). */
export function partAwaitsText(status: string): boolean {
  return status === "REQUESTED";
}

/** The secretariat's decisions open on a part in `status`. */
export function partDecisionsOpen(status: string): readonly PartDecision[] {
  return status === "SUBMITTED" ? PART_DECISIONS : [];
}

export function partTarget(decision: PartDecision): "ACCEPTED" | "REJECTED" {
  return decision === "accept" ? "ACCEPTED" : "REJECTED";
}

/**
 * The published versions of a document, oldest first: the original as accepted (revision 0) and
 * each accepted revision with its ContributionVersion number. After acceptance, versions are made
 * only by revisions, so the original is the version just before Rev.1's (or the latest, with
 * none). Earlier versions (before publication) are never public.
 */
export function publishedVersions(revisions: readonly { number: number | null; versionNumber: number | null }[], latestVersion: number): { revision: number; version: number }[] {
  const accepted = revisions.filter((r) => r.number && r.versionNumber).sort((a, b) => a.number! - b.number!);
  const original = accepted.length ? accepted[0].versionNumber! - 1 : latestVersion;
  return [{ revision: 0, version: original }, ...accepted.map((r) => ({ revision: r.number!, version: r.versionNumber! }))];
}
