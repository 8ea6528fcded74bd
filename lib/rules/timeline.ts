/**
 * What each audience sees of a contribution's history: an ALLOW-list of audit actions per
 * audience, so that a new action (an internal triage step, say) stays out of a contributor's view
 * until someone decides it belongs there. Deny-lists leak by default (issue 10).
 *
 * - secretariat: every action recorded about the contribution (their own and the internal ones);
 * - contributor (a member of the lead organisation): the workflow, co-sponsorship, attachment,
 *   extension and proposal-decision steps; never assignment, duplicate marks, due dates or tags;
 * - invited co-sponsor (a focal point of an invited organisation): none. The invitation shares the
 *   content, not the lead organisation's history with the secretariat.
 * - public: none (the public page shows the published text only).
 */
export type TimelineAudience = "secretariat" | "contributor" | "invitedCoSponsor" | "public";

/** Audit actions a member of the lead organisation sees. */
export const CONTRIBUTOR_TIMELINE_ACTIONS = [
  "contribution.create",
  "contribution.saveDraft",
  "contribution.submit",
  "contribution.resubmit",
  "contribution.withdraw",
  "contribution.startReview",
  "contribution.accept",
  "contribution.reject",
  "contribution.requestChanges",
  "cosponsor.invite",
  "cosponsor.confirm",
  "cosponsor.decline",
  "cosponsor.withdraw",
  "attachment.add",
  "attachment.remove",
  "extension.request",
  "extension.grant",
  "extension.refuse",
  "proposal.decide",
  "document.part.request",
  "document.part.submit",
  "document.part.accept",
  "document.part.reject",
  "contribution.unpublish",
  "contribution.republish",
] as const;

/** Audit actions an invited co-sponsor sees. */
export const INVITED_COSPONSOR_TIMELINE_ACTIONS = [] as const satisfies readonly string[];

/**
 * The actions `audience` may see; "all" for the secretariat. Used by the audit-event scope
 * (lib/auth/scopes.ts auditEventWhereFor) and by timelineFor below.
 */
export function timelineActions(audience: TimelineAudience): readonly string[] | "all" {
  switch (audience) {
    case "secretariat":
      return "all";
    case "contributor":
      return CONTRIBUTOR_TIMELINE_ACTIONS;
    case "invitedCoSponsor":
      return INVITED_COSPONSOR_TIMELINE_ACTIONS;
    case "public":
      return [];
  }
}

/** Whether `audience` sees an audit event of `action`. */
export function showsInTimeline(audience: TimelineAudience, action: string): boolean {
  const allowed = timelineActions(audience);
  return allowed === "all" || allowed.includes(action);
}

/** The events of `events` that `audience` sees, in their order. */
export function timelineFor<E extends { action: string }>(audience: TimelineAudience, events: readonly E[]): E[] {
  return events.filter((e) => showsInTimeline(audience, e.action));
}
