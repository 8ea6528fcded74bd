/**
 * Revision proposals on one Action Line, read through the caller's scope (contributionWhereFor:
 * the public sees published contributions only; the secretariat every submitted one; members
 * their own too), never drafts.
 *
 * - `actionLineProposals(actor, code)`: every provision of the latest baseline version on the
 *   Action Line, in reading order, each with the proposals on it (ADD: anchored on it), side by
 *   side, and `conflicting` when they lead to different outcomes (the secretariat must choose).
 * - `consolidatedActionLine(actor, code)`: the Action Line with the ACCEPTED proposals of
 *   PUBLISHED contributions applied (lib/revision/consolidate.ts), whoever asks, so what the
 *   secretariat sees is what the public sees.
 * Both return null for an unknown Action Line code or when no baseline is loaded.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, organisationsWith, type Actor } from "@/lib/auth/permissions";
import { HIDDEN_FROM_PROPOSAL_VIEWS } from "@/lib/rules/statuses";
import { proposalsSeenBy } from "@/lib/rules/proposals";
import { PUBLISHED, contributionWhereFor } from "@/lib/auth/scopes";
import type { Prisma } from "@/generated/prisma/client";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { consolidate, type ConsolidatedEntry } from "@/lib/revision/consolidate";

const proposalSelect = {
  id: true,
  number: true,
  marker: true,
  text: true,
  reasons: true,
  decision: true,
  contribution: {
    select: { id: true, referenceNumber: true, documentNumber: true, title: true, language: true, status: true, organisationId: true, organisation: { select: { name: true, shortCode: true } } },
  },
} as const;

async function load(scope: Prisma.ContributionWhereInput, code: string, proposalWhere: Prisma.RevisionProposalWhereInput = {}) {
  if (!(ACTION_LINE_CODES as readonly string[]).includes(code)) return null;
  const baseline = await db.baselineText.findFirst({ orderBy: { version: "desc" } });
  if (!baseline) return null;
  const provisions = await db.baselineProvision.findMany({
    where: { baselineId: baseline.id, actionLine: code },
    orderBy: { position: "asc" },
    select: {
      id: true,
      ref: true,
      kind: true,
      text: true,
      partial: true,
      proposals: {
        where: { ...proposalWhere, contribution: { AND: [scope, { status: { notIn: [...HIDDEN_FROM_PROPOSAL_VIEWS] } }] } },
        orderBy: [{ contribution: { referenceNumber: "asc" } }, { position: "asc" }],
        select: proposalSelect,
      },
    },
  });
  // Proposals on this Action Line that amend an earlier version of the text (not shown here).
  const onOtherVersions = await db.revisionProposal.count({
    where: { ...proposalWhere, provision: { actionLine: code, baselineId: { not: baseline.id } }, contribution: { AND: [scope, { status: { notIn: [...HIDDEN_FROM_PROPOSAL_VIEWS] } }] } },
  });
  return { baseline: { version: baseline.version, title: baseline.title, documentRef: baseline.documentRef, language: baseline.language, caveats: baseline.caveats as { ref: string; what: string }[] }, provisions, onOtherVersions };
}

export async function actionLineProposals(actor: Actor, code: string) {
  const loaded = await load(contributionWhereFor(actor), code);
  if (!loaded) return null;
  // A focal point of an organisation invited to co-sponsor sees no decision before publication.
  const own = new Set(organisationsWith(actor, "contribution.read-organisation"));
  const seen = (x: (typeof loaded.provisions)[number]["proposals"][number]) =>
    can(actor, "queue.view") || own.has(x.contribution.organisationId) ? x : { ...x, decision: proposalsSeenBy("invited", x.contribution.status, [{ decision: x.decision as string, decisionNote: null }])[0].decision as typeof x.decision };
  return {
    ...loaded,
    provisions: loaded.provisions.map((provision) => {
      const p = { ...provision, proposals: provision.proposals.map(seen) };
      const amending = p.proposals.filter((x) => x.marker !== "ADD");
      const outcomes = new Set(amending.map((x) => (x.marker === "MOD" ? `MOD\u0000${x.text}` : x.marker)));
      return { ...p, conflicting: outcomes.size > 1 };
    }),
  };
}
export type ActionLineProposals = NonNullable<Awaited<ReturnType<typeof actionLineProposals>>>;

export async function consolidatedActionLine(code: string): Promise<{ baseline: ActionLineProposals["baseline"]; entries: ConsolidatedEntry[]; accepted: number; onOtherVersions: number } | null> {
  const loaded = await load(PUBLISHED, code, { decision: "ACCEPTED" });
  if (!loaded) return null;
  const accepted = loaded.provisions.flatMap((p) =>
    p.proposals.map((x) => ({ id: x.id, number: x.number, marker: x.marker, ref: p.ref, text: x.text, source: x.contribution.organisation.shortCode })),
  );
  return { baseline: loaded.baseline, entries: consolidate(loaded.provisions, accepted, loaded.baseline.language), accepted: accepted.length, onOtherVersions: loaded.onOtherVersions };
}
