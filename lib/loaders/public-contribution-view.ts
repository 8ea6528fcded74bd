/**
 * The permanent public address of a published contribution (/contributions/[ref]): the
 * contribution by its reference number among published ones, its attachments and its confirmed
 * co-sponsors, as the public sees them. Null (404) for anything not published, exactly like an
 * unknown reference. Cached per request: the page's metadata and body share one load.
 */
import "server-only";
import { cache } from "react";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { getPublishedContribution, publishedReferenceOf } from "@/lib/services/contributions/get-contribution";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { listCoSponsors } from "@/lib/services/cosponsors/list-cosponsors";
import { listVersions, listVersionSummaries } from "@/lib/services/contributions/versions";
import { listDocumentParts, type DocumentPartRow } from "@/lib/services/documents/list-parts";
import { publishedVersions } from "@/lib/rules/document-parts";
import { listLanguageVersions } from "@/lib/services/documents/language-versions";
import { getUnpublishedNotice } from "@/lib/services/contributions/publication";
import { publicCampaignOf } from "@/lib/services/triage/campaigns";

/** The reference from the URL segment; null when it is not valid percent-encoding. */
function referenceOf(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export const loadPublicContributionView = cache(async (segment: string) => {
  const reference = referenceOf(segment);
  const contribution = reference ? await getPublishedContribution(reference) : null;
  if (!contribution) return null;
  const [attachments, coSponsors, parts, versions, languageVersions, campaign] = await Promise.all([
    listAttachments(ANONYMOUS, contribution.id),
    listCoSponsors(ANONYMOUS, contribution.id, { confirmedOnly: true }),
    listDocumentParts(ANONYMOUS, contribution.id),
    listVersionSummaries(ANONYMOUS, contribution.id),
    listLanguageVersions(ANONYMOUS, contribution.id),
    publicCampaignOf(contribution.id),
  ]);
  return { contribution, attachments, coSponsors, languageVersions, campaign, ...documentHistory(parts, versions) };
});

/**
 * The published history of a document (issue 14): its revisions, oldest first, each with the
 * version it compares with (the original is revision 0), and its addenda and corrigenda. The
 * public sees published parts only (listDocumentParts through documentPartWhereFor).
 */
function documentHistory(parts: DocumentPartRow[], versions: { number: number; createdAt: Date }[]) {
  const revisionParts = parts.filter((p) => p.kind === "REVISION");
  const published = publishedVersions(revisionParts, versions.at(-1)?.number ?? 1);
  const revisions = published.map((v, i) => {
    const part = revisionParts.find((p) => p.number === v.revision);
    return { revision: v.revision, version: v.version, documentNumber: part?.documentNumber ?? null, publishedAt: part?.publishedAt ?? null, previousVersion: i > 0 ? published[i - 1].version : null };
  });
  return { revisions, currentRevision: revisions.at(-1)!, addenda: parts.filter((p) => p.kind !== "REVISION") };
}

/**
 * The comparison of a published document's revisions (/contributions/[ref]/revisions): only the
 * texts that were published (the original as accepted and each revision), never the versions
 * before publication. `from`/`to` are version numbers among those; defaults: the last two.
 */
export async function loadPublicRevisionsView(segment: string, search: { from?: string; to?: string }) {
  const view = await loadPublicContributionView(segment);
  if (!view || view.revisions.length < 2) return null;
  const all = await listVersions(ANONYMOUS, view.contribution.id);
  if (!all) return null;
  const numbers = view.revisions.map((r) => r.version);
  const pick = (v: string | undefined, fallback: number) => (numbers.includes(Number(v)) ? Number(v) : fallback);
  const labels = Object.fromEntries(view.revisions.map((r) => [r.version, r.revision]));
  return {
    contribution: view.contribution,
    versioned: { ...all, versions: all.versions.filter((v) => numbers.includes(v.number)) },
    from: pick(search.from, numbers.at(-2)!),
    to: pick(search.to, numbers.at(-1)!),
    /** Version number → revision number (0: the original). */
    labels,
  };
}

/**
 * The reference number a document number in the URL stands for (issue 15 item 12): `segments` is
 * one encoded segment (CWG-WSIS%26SDG%2FWSIS20%2F5) or the several a typed slash makes. Null when
 * it is not a published contribution's document number (or not valid percent-encoding).
 */
export async function referenceForDocumentNumber(segments: string[]): Promise<string | null> {
  let documentNumber: string;
  try {
    documentNumber = segments.map(decodeURIComponent).join("/");
  } catch {
    return null;
  }
  return publishedReferenceOf(documentNumber);
}

/**
 * The text the public page shows for ?lang= (issue 14 item 2): the language version asked for, or
 * the original (unknown or absent language). The metadata (Action Lines, organisation…) stays.
 */
export function documentInLanguage<C extends { title: string; summary: string; body: string; language: string | null; documentNumber: string | null }>(
  c: C,
  versions: { language: string; title: string; summary: string; body: string; documentNumber: string }[],
  lang: string | undefined,
): { c: C; shown: string | null } {
  const v = lang && lang !== c.language ? versions.find((x) => x.language === lang) : undefined;
  if (!v) return { c, shown: c.language };
  return { c: { ...c, title: v.title, summary: v.summary || c.summary, body: v.body, language: v.language, documentNumber: v.documentNumber }, shown: v.language };
}

/**
 * The notice shown at the permanent address of a document the secretariat unpublished (issue 14
 * item 3): number, title, dates and reason, never the text. `segment` is the reference number or
 * the document number (encoded); null for anything that is not an unpublished document.
 */
export const loadUnpublishedNotice = cache(async (segment: string) => {
  const reference = referenceOf(segment);
  return reference ? getUnpublishedNotice(reference) : null;
});
