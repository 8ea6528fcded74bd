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
  const [attachments, coSponsors, campaign] = await Promise.all([listAttachments(ANONYMOUS, contribution.id), listCoSponsors(ANONYMOUS, contribution.id, { confirmedOnly: true }), publicCampaignOf(contribution.id)]);
  return { contribution, attachments, coSponsors, campaign };
});

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
 * The notice shown at the permanent address of a document the secretariat unpublished (issue 14
 * item 3): number, title, dates and reason, never the text. `segment` is the reference number or
 * the document number (encoded); null for anything that is not an unpublished document.
 */
export const loadUnpublishedNotice = cache(async (segment: string) => {
  const reference = referenceOf(segment);
  return reference ? getUnpublishedNotice(reference) : null;
});
