/**
 * The consolidated text of an Action Line: its baseline provisions, in order, with the accepted
 * revision proposals applied, and every place where accepted proposals disagree flagged for the
 * secretariat instead of being resolved by an arbitrary rule.
 *
 * Rules, per provision of the baseline version:
 * - no accepted MOD/SUP/NOC: the baseline text, unchanged;
 * - accepted proposals that all lead to the same result (one MOD, or several MODs with the same
 *   text, or several SUPs, or NOCs only): applied (MOD shown with revision marks against the
 *   baseline, SUP struck through), crediting every proposal;
 * - accepted proposals that lead to different results (two MODs with different texts, a MOD and a
 *   SUP, a NOC and a MOD…): a conflict: the baseline text stays, and each alternative is listed;
 * - accepted ADDs anchored on the provision follow it, in proposal-number order; when more than
 *   one new provision follows the same anchor, their order is flagged for confirmation.
 * Proposals on provisions of another baseline version are not applied (the caller counts them).
 *
 * Pure: no database. Input provisions must be in reading order; output entries are too.
 */
import { wordDiff, type DiffRun } from "./word-diff";

export interface ConsolidationProvision {
  ref: string;
  kind: string;
  text: string;
}

export interface AcceptedProposal {
  id: string;
  number: string | null;
  marker: "ADD" | "MOD" | "SUP" | "NOC";
  /** The provision amended, or (ADD) the one after which the new text is inserted. */
  ref: string;
  text: string;
  source: string;
}

export type ConsolidatedEntry =
  | { kind: "provision"; ref: string; provisionKind: string; state: "unchanged"; text: string }
  | { kind: "provision"; ref: string; provisionKind: string; state: "modified"; text: string; runs: DiffRun[]; by: AcceptedProposal[] }
  | { kind: "provision"; ref: string; provisionKind: string; state: "suppressed"; text: string; by: AcceptedProposal[] }
  | { kind: "provision"; ref: string; provisionKind: string; state: "maintained"; text: string; by: AcceptedProposal[] }
  | { kind: "provision"; ref: string; provisionKind: string; state: "conflict"; text: string; alternatives: AcceptedProposal[] }
  | { kind: "insertion"; after: string; text: string; by: AcceptedProposal; orderToConfirm: boolean };

function byNumber(a: AcceptedProposal, b: AcceptedProposal): number {
  return (a.number ?? "").localeCompare(b.number ?? "", "en", { numeric: true });
}

/** The outcome a proposal leads to on its provision, as a comparable key. */
function outcome(p: AcceptedProposal): string {
  return p.marker === "MOD" ? `MOD\u0000${p.text}` : p.marker;
}

/** Applies `accepted` to `provisions` (see the module comment). `lang`: the baseline's language. */
export function consolidate(provisions: ConsolidationProvision[], accepted: AcceptedProposal[], lang = "en"): ConsolidatedEntry[] {
  const onProvision = new Map<string, AcceptedProposal[]>();
  const insertions = new Map<string, AcceptedProposal[]>();
  for (const p of [...accepted].sort(byNumber)) {
    const target = p.marker === "ADD" ? insertions : onProvision;
    target.set(p.ref, [...(target.get(p.ref) ?? []), p]);
  }
  const out: ConsolidatedEntry[] = [];
  for (const provision of provisions) {
    const base = { kind: "provision" as const, ref: provision.ref, provisionKind: provision.kind, text: provision.text };
    const here = onProvision.get(provision.ref) ?? [];
    const outcomes = new Set(here.map(outcome));
    if (here.length === 0) out.push({ ...base, state: "unchanged" });
    else if (outcomes.size > 1) out.push({ ...base, state: "conflict", alternatives: here });
    else if (here[0].marker === "MOD") out.push({ ...base, state: "modified", text: here[0].text, runs: wordDiff(provision.text, here[0].text, lang), by: here });
    else if (here[0].marker === "SUP") out.push({ ...base, state: "suppressed", by: here });
    else out.push({ ...base, state: "maintained", by: here });
    const added = insertions.get(provision.ref) ?? [];
    for (const p of added) out.push({ kind: "insertion", after: provision.ref, text: p.text, by: p, orderToConfirm: added.length > 1 });
  }
  return out;
}

/** Number of entries the secretariat must resolve (conflicts, and insertion orders to confirm). */
export function openQuestions(entries: ConsolidatedEntry[]): number {
  const anchors = new Set<string>();
  let n = 0;
  for (const e of entries) {
    if (e.kind === "provision" && e.state === "conflict") n++;
    if (e.kind === "insertion" && e.orderToConfirm && !anchors.has(e.after)) {
      anchors.add(e.after);
      n++;
    }
  }
  return n;
}
