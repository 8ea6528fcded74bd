import { describe, expect, it } from "vitest";
import { ANONYMOUS, assertCan, can, organisationsWith, type Actor, type ActorMembership } from "@/lib/auth/permissions";
import { contributionWhereFor } from "@/lib/auth/scopes";
import { AppError } from "@/lib/errors";

const user = (role: "USER" | "SECRETARIAT" | "ADMIN", memberships: ActorMembership[] = []): Actor => ({
  kind: "user",
  userId: "u1",
  email: "u@example.org",
  name: "U",
  locale: "en",
  role,
  memberships,
});

const contributorOfA = user("USER", [{ organisationId: "A", role: "CONTRIBUTOR", verified: true }]);
const unverifiedOfA = user("USER", [{ organisationId: "A", role: "FOCAL_POINT", verified: false }]);
const focalOfB = user("USER", [{ organisationId: "B", role: "FOCAL_POINT", verified: true }]);

describe("role → permission table", () => {
  it("gives the public nothing", () => {
    expect(can(ANONYMOUS, "contribution.create")).toBe(false);
    expect(can(ANONYMOUS, "queue.view")).toBe(false);
  });

  it("lets a verified contributor submit for their organisation only", () => {
    expect(can(contributorOfA, "contribution.create", { organisationId: "A" })).toBe(true);
    expect(can(contributorOfA, "contribution.create", { organisationId: "B" })).toBe(false);
    expect(can(contributorOfA, "cosponsor.confirm", { organisationId: "A" })).toBe(false);
    expect(can(contributorOfA, "contribution.decide")).toBe(false);
  });

  it("ignores unverified affiliations", () => {
    expect(can(unverifiedOfA, "contribution.create", { organisationId: "A" })).toBe(false);
    expect(organisationsWith(unverifiedOfA, "contribution.create")).toEqual([]);
  });

  it("gives focal points their organisation's extra rights", () => {
    expect(can(focalOfB, "cosponsor.confirm", { organisationId: "B" })).toBe(true);
    expect(can(focalOfB, "organisation.manage-contributors", { organisationId: "A" })).toBe(false);
  });

  it("gives the secretariat the queue and decisions, not submission", () => {
    const s = user("SECRETARIAT");
    expect(can(s, "queue.view")).toBe(true);
    expect(can(s, "contribution.decide")).toBe(true);
    expect(can(s, "contribution.mark-duplicate")).toBe(true);
    expect(can(user("ADMIN"), "contribution.mark-duplicate")).toBe(true);
    for (const a of [ANONYMOUS, contributorOfA, focalOfB, user("USER")]) expect(can(a, "contribution.mark-duplicate")).toBe(false);
    expect(can(s, "contribution.create", { organisationId: "A" })).toBe(false);
    expect(can(s, "admin.manage")).toBe(false);
  });

  it("throws UNAUTHENTICATED for the public and FORBIDDEN for the wrong role", () => {
    expect(() => assertCan(ANONYMOUS, "queue.view")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(contributorOfA, "queue.view")).toThrow(AppError);
    expect(() => assertCan(contributorOfA, "queue.view")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("contribution scope", () => {
  it("shows the public accepted contributions only", () => {
    expect(contributionWhereFor(ANONYMOUS)).toEqual({ OR: [{ status: "ACCEPTED" }] });
  });

  it("adds the member's own organisations, never unverified ones", () => {
    expect(contributionWhereFor(contributorOfA)).toEqual({ OR: [{ status: "ACCEPTED" }, { organisationId: { in: ["A"] } }] });
    expect(contributionWhereFor(unverifiedOfA)).toEqual({ OR: [{ status: "ACCEPTED" }] });
  });

  it("lets the secretariat see everything but drafts", () => {
    expect(contributionWhereFor(user("SECRETARIAT"))).toEqual({ OR: [{ status: "ACCEPTED" }, { status: { not: "DRAFT" } }] });
  });
});
