/**
 * Loaders of the secretariat's list screens, one per page. Each page's guard has already checked
 * the page's permission; every service checks it again and reads through its scope.
 */
import "server-only";
import { can } from "@/lib/auth/permissions";
import type { UserActor } from "@/lib/auth/guard";
import type { TStatisticsFilter } from "@/lib/schemas/statistics";
import { secretariatDashboard } from "@/lib/services/statistics/secretariat-dashboard";
import { listDuplicateClusters } from "@/lib/services/triage/duplicates";
import { listCampaignCandidates, listCampaigns } from "@/lib/services/triage/campaigns";
import { listExportJobs } from "@/lib/services/exports/export-jobs";
import { listExtensionRequests } from "@/lib/services/contributions/extensions";
import { listBaselineVersions } from "@/lib/services/proposals/get-baseline";
import { listConsultations } from "@/lib/services/consultations/get-consultations";
import { listPendingAffiliations } from "@/lib/services/organisations/list-affiliations";

/** /secretariat/dashboard: counts of everything in the queue's scope. */
export const loadDashboardView = (actor: UserActor, filter: TStatisticsFilter = {}) => secretariatDashboard(actor, filter);

/** /secretariat/duplicates: clusters of identical bodies in the queue's scope. */
export const loadDuplicateClustersView = (actor: UserActor) => listDuplicateClusters(actor);

/** /secretariat/duplicates, campaigns (issue 14 item 4): groups to confirm, confirmed campaigns, and whether this person may act. */
export async function loadCampaignsView(actor: UserActor) {
  const [candidates, campaigns] = await Promise.all([listCampaignCandidates(actor), listCampaigns(actor)]);
  return { candidates, campaigns, canConfirm: can(actor, "contribution.mark-duplicate") };
}

/** /secretariat/exports: the person's own background exports; `unfinished` makes the page refresh itself. */
export async function loadExportJobsView(actor: UserActor, search: { error?: string | string[] } = {}) {
  const jobs = await listExportJobs(actor);
  return { jobs, unfinished: jobs.some((j) => j.status === "PENDING" || j.status === "RUNNING"), error: typeof search.error === "string" ? search.error : null };
}

/** /secretariat/extensions: drafts whose organisation asked for more time, and the notice after answering. */
export async function loadExtensionRequestsView(actor: UserActor, search: { done?: string } = {}) {
  return { requests: await listExtensionRequests(actor), done: (["grant", "refuse"] as const).find((d) => d === search.done) ?? null };
}

/** /secretariat/baselines: versions of the baseline text loaded so far, and the one just loaded. */
export async function loadBaselinesView(search: { loaded?: string } = {}) {
  return { versions: await listBaselineVersions(), loaded: Number(search.loaded) };
}

/** /secretariat/consultations: every consultation, newest deadline first. */
export async function loadConsultationsView(now = new Date()) {
  return { consultations: await listConsultations(), now };
}

/** /secretariat/affiliations: pending affiliations, and the notice after a decision. */
export async function loadPendingAffiliationsView(actor: UserActor, search: { done?: string } = {}) {
  return { pending: await listPendingAffiliations(actor), done: (["verify", "reject"] as const).find((d) => d === search.done) ?? null };
}
