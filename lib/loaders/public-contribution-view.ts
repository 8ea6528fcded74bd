/**
 * The permanent public address of a published contribution (/contributions/[ref]): the
 * contribution by its reference number among published ones, its attachments and its confirmed
 * co-sponsors, as the public sees them. Null (404) for anything not published, exactly like an
 * unknown reference. Cached per request: the page's metadata and body share one load.
 */
import "server-only";
import { cache } from "react";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { getPublishedContribution } from "@/lib/services/contributions/get-contribution";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { listCoSponsors } from "@/lib/services/cosponsors/list-cosponsors";

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
  const [attachments, coSponsors] = await Promise.all([listAttachments(ANONYMOUS, contribution.id), listCoSponsors(ANONYMOUS, contribution.id, { confirmedOnly: true })]);
  return { contribution, attachments, coSponsors };
});
