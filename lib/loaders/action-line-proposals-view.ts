/**
 * Every revision proposal on one Action Line (/action-lines/[code]/proposals), read through the
 * caller's scope, with the counts the page states and where each proposal's contribution can be
 * opened by this person (its public page once published; the secretariat's page for the
 * secretariat; nowhere otherwise). Null (404) for an unknown code or without a baseline.
 */
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { actionLineProposals } from "@/lib/services/proposals/action-line-proposals";
import { isPublished } from "@/lib/rules/decisions";

export type ProposalSourceLink = { kind: "public"; href: string; label: string } | { kind: "secretariat"; href: string; label: string } | { kind: "none"; label: string };

export async function loadActionLineProposalsView(actor: Actor, rawCode: string, search: { all?: string } = {}) {
  const code = ACTION_LINE_CODES.find((c) => c === rawCode.toUpperCase());
  if (!code) return null;
  const data = await actionLineProposals(actor, code);
  if (!data) return null;
  const secretariat = can(actor, "queue.view");
  const showAll = search.all === "1";
  const sourceOf = (c: { id: string; status: string; referenceNumber: string | null; documentNumber: string | null }): ProposalSourceLink => {
    if (isPublished(c.status) && c.referenceNumber) return { kind: "public", href: `/contributions/${c.referenceNumber}`, label: c.documentNumber ?? c.referenceNumber };
    if (secretariat) return { kind: "secretariat", href: `/secretariat/contributions/${c.id}`, label: c.referenceNumber ?? "" };
    return { kind: "none", label: c.referenceNumber ?? "" };
  };
  return {
    code,
    baseline: data.baseline,
    onOtherVersions: data.onOtherVersions,
    allRefs: data.provisions.map((p) => p.ref),
    /** By default only the provisions that have proposals; ?all=1 shows the whole Action Line. */
    showAll,
    provisions: data.provisions.filter((p) => showAll || p.proposals.length > 0).map((p) => ({ ...p, proposals: p.proposals.map((x) => ({ ...x, source: sourceOf(x.contribution) })) })),
    total: data.provisions.reduce((n, p) => n + p.proposals.length, 0),
    conflicts: data.provisions.filter((p) => p.conflicting).length,
    secretariatScope: secretariat,
  };
}
