/**
 * "Compare versions" (/my/contributions/[id]/versions and /secretariat/contributions/[id]/versions):
 * the contribution's versions for its organisation's members (others read the published text on
 * the public page), or for the secretariat within the queue's scope. Null (404) when there is
 * nothing to compare or the person may not see it.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { getOwnContribution, getQueueContribution } from "@/lib/services/contributions/get-contribution";
import { listVersions } from "@/lib/services/contributions/versions";

export async function loadContributionVersionsView(actor: UserActor, id: string, audience: "member" | "secretariat") {
  const allowed = audience === "member" ? (await getOwnContribution(actor, id))?.access === "member" : (await getQueueContribution(actor, id)) !== null;
  const c = allowed ? await listVersions(actor, id) : null;
  return c && c.versions.length > 0 ? c : null;
}
