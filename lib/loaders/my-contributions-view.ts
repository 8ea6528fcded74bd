/**
 * "My contributions" (/my): every contribution of the person's organisations, each with what they
 * may do next (edit a draft, revise after a change request) and its effective deadline.
 */
import "server-only";
import type { UserActor } from "@/lib/auth/guard";
import { listOrganisationContributions } from "@/lib/services/contributions/list-organisation-contributions";
import { canRequestExtension, editMode } from "@/lib/rules/decisions";
import { effectiveDeadline } from "@/lib/rules/window";

export async function loadMyContributionsView(actor: UserActor) {
  const rows = await listOrganisationContributions(actor);
  return rows.map((c) => ({
    ...c,
    /** The edit link's target mode, or null: the next step is the secretariat's. */
    editMode: editMode(c.status),
    /** A draft's deadline (with any extension): after submission it no longer applies. */
    deadline: canRequestExtension(c.status) ? effectiveDeadline(c.consultation.closesAt, c.extendedUntil) : null,
  }));
}
