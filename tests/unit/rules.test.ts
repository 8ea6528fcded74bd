import { describe, expect, it } from "vitest";
import { ACTIVE_COSPONSOR_STATUSES, AWAITING_SECRETARIAT, CLOSED_STATUSES, EDITABLE_STATUSES, PROPOSAL_DECIDABLE_STATUSES, QUEUE_STATUSES, STATUSES, WITHDRAWABLE_STATUSES, isIn } from "@/lib/rules/statuses";
import { assertEditable, isEditable } from "@/lib/rules/editable";
import { assertCanInviteTo, assertCoSponsorsOpen, canInviteTo, coSponsorsOpen, isActiveInvitation } from "@/lib/rules/cosponsors";
import { canRequestExtension, canWithdraw, decisionOutcome, decisionsOpen, editMode, isPublished, proposalDecisionsOpen, showsDecisionNote } from "@/lib/rules/decisions";
import { CONTRIBUTOR_TIMELINE_ACTIONS, showsInTimeline, timelineFor } from "@/lib/rules/timeline";
import { proposalsSeenBy, showsProposalDecisions } from "@/lib/rules/proposals";
import { contributionWindow, effectiveDeadline } from "@/lib/rules/window";
import { ContributionStatus } from "@/generated/prisma/enums";

describe("status sets", () => {
  it("name the database's statuses in its order; the queue holds every one but drafts", () => {
    expect([...STATUSES]).toEqual(Object.values(ContributionStatus));
    expect([...QUEUE_STATUSES]).toEqual(STATUSES.filter((s) => s !== "DRAFT"));
    for (const set of [EDITABLE_STATUSES, AWAITING_SECRETARIAT, WITHDRAWABLE_STATUSES, CLOSED_STATUSES, PROPOSAL_DECIDABLE_STATUSES]) for (const s of set) expect(STATUSES).toContain(s);
  });

  it("closed and awaiting-the-secretariat never overlap; a closed contribution cannot be withdrawn", () => {
    for (const s of CLOSED_STATUSES) {
      expect(isIn(AWAITING_SECRETARIAT, s)).toBe(false);
      expect(canWithdraw(s)).toBe(false);
    }
    for (const s of WITHDRAWABLE_STATUSES) expect(canWithdraw(s)).toBe(true);
  });
});

describe("what is editable", () => {
  it("is a draft or a contribution sent back for changes, nothing else", () => {
    expect(STATUSES.filter(isEditable)).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
    expect(editMode("DRAFT")).toBe("edit");
    expect(editMode("CHANGES_REQUESTED")).toBe("revise");
    expect(editMode("SUBMITTED")).toBeNull();
    expect(() => assertEditable("ACCEPTED")).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION", params: { status: "ACCEPTED" } }));
    expect(() => assertEditable("DRAFT")).not.toThrow();
  });
});

describe("the co-sponsor lock", () => {
  const consultation = { closesAt: new Date("2027-03-31T22:00:00Z"), timeZone: "Europe/Zurich" };
  const before = new Date("2027-03-31T21:59:59Z");
  const at = new Date("2027-03-31T22:00:00Z");

  it("is open before the deadline while no decision closed the contribution", () => {
    expect(coSponsorsOpen({ status: "SUBMITTED", consultation }, before)).toBe(true);
    expect(coSponsorsOpen({ status: "CHANGES_REQUESTED", consultation }, before)).toBe(true);
    for (const status of CLOSED_STATUSES) expect(() => assertCoSponsorsOpen({ status, consultation }, before)).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION", params: { status } }));
    expect(() => assertCoSponsorsOpen({ status: "SUBMITTED", consultation }, at)).toThrow(expect.objectContaining({ code: "COSPONSORS_CLOSED", params: { deadline: "2027-03-31T22:00:00.000Z", timeZone: "Europe/Zurich" } }));
  });

  it("lets co-sponsors be invited only after submission (issue 12)", () => {
    expect(canInviteTo({ status: "DRAFT", consultation }, before)).toBe(false);
    expect(() => assertCanInviteTo({ status: "DRAFT", consultation }, before)).toThrow(expect.objectContaining({ code: "COSPONSOR_NOT_SUBMITTED" }));
    expect(canInviteTo({ status: "SUBMITTED", consultation }, before)).toBe(true);
    expect(canInviteTo({ status: "SUBMITTED", consultation }, at)).toBe(false);
  });

  it("counts invited and confirmed invitations as standing, not declined or withdrawn", () => {
    expect(["INVITED", "CONFIRMED", "DECLINED", "WITHDRAWN"].filter(isActiveInvitation)).toEqual([...ACTIVE_COSPONSOR_STATUSES]);
  });
});

describe("the consultation window", () => {
  it("ends at the later of the deadline and the contribution's extension", () => {
    const closesAt = new Date("2027-03-31T22:00:00Z");
    const later = new Date("2027-04-07T22:00:00Z");
    expect(effectiveDeadline(closesAt, null)).toBe(closesAt);
    expect(effectiveDeadline(closesAt, later)).toBe(later);
    expect(effectiveDeadline(closesAt, new Date("2027-01-01T00:00:00Z"))).toBe(closesAt);
    expect(contributionWindow({ opensAt: new Date(0), closesAt, timeZone: "UTC" }, later).closesAt).toBe(later);
  });
});

describe("decisions open", () => {
  it("follow the transition table: the secretariat decides while a contribution waits for it", () => {
    expect(decisionsOpen("SUBMITTED")).toEqual(["startReview", "accept", "reject", "requestChanges"]);
    expect(decisionsOpen("UNDER_REVIEW")).toEqual(["accept", "reject", "requestChanges"]);
    expect(decisionsOpen("DRAFT")).toEqual([]);
    for (const s of CLOSED_STATUSES) expect(decisionsOpen(s)).toEqual([]);
  });

  it("decide proposals while the submitted text stands or once published", () => {
    expect(STATUSES.filter(proposalDecisionsOpen)).toEqual(["SUBMITTED", "UNDER_REVIEW", "RESUBMITTED", "ACCEPTED"]);
  });

  it("confirm a decision's outcome only while it is still the status", () => {
    expect(decisionOutcome("ACCEPTED", "ACCEPTED")).toBe("ACCEPTED");
    expect(decisionOutcome("ACCEPTED", "SUBMITTED")).toBeNull();
    expect(decisionOutcome("WITHDRAWN", "WITHDRAWN")).toBeNull();
    expect(decisionOutcome(undefined, "ACCEPTED")).toBeNull();
  });

  it("show the decision note on rejection and change requests; extensions for drafts only", () => {
    expect(STATUSES.filter(showsDecisionNote)).toEqual(["CHANGES_REQUESTED", "REJECTED"]);
    expect(STATUSES.filter(canRequestExtension)).toEqual(["DRAFT"]);
    expect(STATUSES.filter(isPublished)).toEqual(["ACCEPTED"]);
  });
});

describe("what an invited co-sponsor sees of the proposals", () => {
  const proposals = [{ id: "p", decision: "NOT_ACCEPTED", decisionNote: "for the proposer" }];
  it("no decision before publication, never the note; members see both", () => {
    expect(proposalsSeenBy("invited", "SUBMITTED", proposals)).toEqual([{ id: "p", decision: "PENDING", decisionNote: null }]);
    expect(proposalsSeenBy("invited", "ACCEPTED", proposals)).toEqual([{ id: "p", decision: "NOT_ACCEPTED", decisionNote: null }]);
    expect(proposalsSeenBy("member", "SUBMITTED", proposals)).toEqual(proposals);
    expect(showsProposalDecisions("invited", "UNDER_REVIEW")).toBe(false);
    expect(showsProposalDecisions("member", "UNDER_REVIEW")).toBe(true);
  });
});

describe("the timeline's allow-list", () => {
  it("does not show a new or unknown audit action to contributors or invited co-sponsors, only to the secretariat", () => {
    for (const action of ["contribution.somethingNew", "contribution.assign", "contribution.markDuplicate", "contribution.unmarkDuplicate", "contribution.setDueDate", "contribution.tag", "export.start"]) {
      expect(showsInTimeline("contributor", action), action).toBe(false);
      expect(showsInTimeline("invitedCoSponsor", action), action).toBe(false);
      expect(showsInTimeline("public", action), action).toBe(false);
      expect(showsInTimeline("secretariat", action), action).toBe(true);
    }
  });

  it("shows contributors the workflow, co-sponsorship, attachment, extension and proposal steps", () => {
    const events = [{ action: "contribution.submit" }, { action: "contribution.assign" }, { action: "contribution.accept" }, { action: "brand.new" }, { action: "proposal.decide" }];
    expect(timelineFor("contributor", events).map((e) => e.action)).toEqual(["contribution.submit", "contribution.accept", "proposal.decide"]);
    expect(timelineFor("invitedCoSponsor", events)).toEqual([]);
    expect(timelineFor("secretariat", events)).toEqual(events);
    expect(CONTRIBUTOR_TIMELINE_ACTIONS).toContain("cosponsor.invite");
  });
});
