/**
 * Audit actions that are the secretariat's internal business (assignment, duplicate marks, due
 * dates, tags): shown in the secretariat's timeline only, never in the timeline a contributor sees
 * (app/[locale]/my/contributions/[id]).
 */
export const INTERNAL_AUDIT_ACTIONS: readonly string[] = ["contribution.assign", "contribution.markDuplicate", "contribution.unmarkDuplicate", "contribution.setDueDate", "contribution.tag"];

/** Whether the contributor may see an audit event of this action. */
export const isPublicToContributor = (action: string) => !INTERNAL_AUDIT_ACTIONS.includes(action);
