import { describe, expect, it } from "vitest";
import { TRANSITIONS, canTransition, transitionsFrom } from "@/lib/rules/transitions";
import { assertWindowOpen, windowState } from "@/lib/rules/window";

describe("status machine", () => {
  it("opens decisions on submitted, under review and resubmitted contributions only", () => {
    expect(transitionsFrom("SUBMITTED")).toEqual(["withdraw", "startReview", "accept", "reject", "requestChanges", "markDuplicate"]);
    expect(transitionsFrom("UNDER_REVIEW")).toEqual(["withdraw", "accept", "reject", "requestChanges", "markDuplicate"]);
    expect(transitionsFrom("CHANGES_REQUESTED")).toEqual(["resubmit", "withdraw"]);
    for (const s of ["REJECTED", "WITHDRAWN"] as const) {
      expect(transitionsFrom(s)).toEqual([]);
    }
    // Issue 14 item 3: a published document may be unpublished, and an unpublished one republished.
    expect(transitionsFrom("ACCEPTED")).toEqual(["unpublish"]);
    expect(transitionsFrom("UNPUBLISHED")).toEqual(["republish"]);
    // Issue 14 item 4: a duplicate is a decision, reversed back to review.
    expect(transitionsFrom("DUPLICATE")).toEqual(["unmarkDuplicate"]);
    expect(transitionsFrom("DRAFT")).toEqual(["submit"]);
  });

  it("cannot accept a rejected contribution or submit twice", () => {
    expect(canTransition("accept", "REJECTED")).toBe(false);
    expect(canTransition("submit", "SUBMITTED")).toBe(false);
  });

  it("needs a reason to reject or request changes, not to accept", () => {
    expect(TRANSITIONS.reject.reasonRequired).toBe(true);
    expect(TRANSITIONS.requestChanges.reasonRequired).toBe(true);
    expect(TRANSITIONS.accept.reasonRequired).toBe(false);
  });
});

describe("consultation window", () => {
  const w = { opensAt: new Date("2026-09-01T00:00:00+02:00"), closesAt: new Date("2027-03-31T23:59:59+02:00"), timeZone: "Europe/Zurich" };

  it("is open from the opening instant to just before the closing instant", () => {
    expect(windowState(w, new Date("2026-08-31T21:59:59.999Z"))).toBe("upcoming");
    expect(windowState(w, new Date("2026-08-31T22:00:00.000Z"))).toBe("open");
    expect(windowState(w, new Date("2027-03-31T21:59:58.999Z"))).toBe("open");
    expect(windowState(w, new Date("2027-03-31T21:59:59.000Z"))).toBe("closed");
  });

  it("refuses with the deadline and the consultation's time zone", () => {
    expect(() => assertWindowOpen(w, new Date("2027-04-01T00:00:00Z"))).toThrow(
      expect.objectContaining({ code: "CONSULTATION_CLOSED", params: { deadline: "2027-03-31T21:59:59.000Z", timeZone: "Europe/Zurich" } }),
    );
  });
});
