/**
 * Editing a contribution its organisation may still change (/my/contributions/[id]/edit): a
 * draft or one sent back for changes, for those who may act for its organisation; null (404)
 * otherwise. With the consultation (window, questions, allowed types), the organisation to submit
 * for, the attachments and the baseline version its proposals amend.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getContribution } from "@/lib/services/contributions/get-contribution";
import { getConsultationById } from "@/lib/services/consultations/get-consultations";
import { listSubmittingOrganisations } from "@/lib/services/organisations/list-actor-organisations";
import { attachmentLimits } from "@/lib/services/attachments/limits";
import { listAttachments } from "@/lib/services/attachments/get-attachment";
import { baselineVersion } from "@/lib/services/proposals/get-baseline";
import { editMode } from "@/lib/rules/decisions";

export async function loadEditContributionView(actor: UserActor, id: string, search: { baseline?: string } = {}) {
  const contribution = await getContribution(actor, id);
  if (!contribution || !can(actor, "contribution.create", { organisationId: contribution.organisationId })) return null;
  const mode = editMode(contribution.status);
  if (!mode) return null;
  const [consultation, organisations, attachments, latest] = await Promise.all([
    getConsultationById(contribution.consultation.id),
    listSubmittingOrganisations(actor),
    listAttachments(actor, contribution.id),
    baselineVersion(),
  ]);
  if (!consultation) return null;
  // Proposals stay tied to the baseline version they amend; a new one starts on the latest. A
  // draft begun before a revised text was loaded may be moved to it (?baseline=latest): the same
  // references are looked up in the new version when it is next saved.
  const tiedTo = contribution.proposals[0]?.provision.baseline.version;
  const baseline = tiedTo && !(search.baseline === "latest" && mode === "edit") ? await baselineVersion(tiedTo) : latest;
  return {
    contribution,
    consultation,
    /** "draft" (autosaved, then submitted) or "resubmit" (revised after a change request). */
    formMode: mode === "edit" ? ("draft" as const) : ("resubmit" as const),
    organisations: organisations.filter((o) => o.id === contribution.organisationId),
    attachments,
    attachmentLimits: attachmentLimits(),
    baseline,
    /** A draft on an older baseline than the latest: offer to move it. */
    olderBaseline: mode === "edit" && latest && baseline && baseline.version < latest.version ? { version: baseline.version, latest: latest.version } : null,
    decisionNote: mode === "revise" ? contribution.decisionNote : null,
  };
}
