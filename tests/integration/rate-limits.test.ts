/**
 * Issue 12 item 4: limits that cannot be got round, in PostgreSQL (rate-limiter-flexible), with a
 * clear answer (429 + RATE_LIMITED { seconds }, localised by errors.RATE_LIMITED). Before: the
 * sign-in limit was per exact address (tagged variants of one mailbox each got a fresh quota, 30
 * different addresses in one second were accepted, nothing per client or overall), invite →
 * withdraw cycles e-mailed without limit, and exports, uploads and searches had no limit.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as auth } from "@/app/api/auth/[...nextauth]/route";
import { GET as contributionsApi } from "@/app/api/v1/contributions/route";
import { consume, mailboxKey, resetRateLimits } from "@/lib/rate-limit";
import { reloadEnv } from "@/lib/env";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { withdrawCoSponsor } from "@/lib/services/cosponsors/withdraw-invitation";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { exportResponse } from "@/lib/services/exports/export-response";
import { CLIENT_HEADER } from "@/lib/http/stamp-headers";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
const saved = { ...process.env };
beforeEach(async () => {
  await resetDatabase();
  await resetRateLimits();
  world = await buildWorld();
});
afterEach(() => {
  process.env = { ...saved };
  reloadEnv();
});

function askLink(email: string, client = "198.51.100.7") {
  const request = new Request("http://localhost/api/auth/signin/email", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", [CLIENT_HEADER]: client },
    body: new URLSearchParams({ email, csrfToken: "x", callbackUrl: "/en", json: "true" }),
  });
  return auth(request, { params: Promise.resolve({ nextauth: ["signin", "email"] }) });
}

describe("sign-in links", () => {
  it("counts one mailbox however its address is written (+tags, case, Gmail dots)", async () => {
    expect(mailboxKey("Jane.Doe+wsis@GMAIL.com")).toBe("janedoe@gmail.com");
    expect(mailboxKey("jane.doe+x@googlemail.com")).toBe("janedoe@gmail.com");
    expect(mailboxKey("jane.doe+x@example.org")).toBe("jane.doe@example.org");
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await askLink(`victim+${i}@example.org`)).status);
    expect(statuses.slice(0, 5)).not.toContain(429);
    const refused = await askLink("VICTIM+other@example.org");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).url).toContain("error=RateLimited");
  });

  it("limits one client asking for many different addresses, and everyone together", async () => {
    const statuses = [];
    for (let i = 1; i <= 21; i++) statuses.push((await askLink(`person${i}@example.org`, "203.0.113.5")).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses.at(-1)).toBe(429);
    // Another client is not affected by that one…
    expect((await askLink("someone@example.org", "203.0.113.6")).status).not.toBe(429);
    // …but the overall limit holds for all.
    process.env.SIGN_IN_OVERALL_LIMIT = "2";
    reloadEnv();
    await resetRateLimits();
    expect((await askLink("a@example.org", "192.0.2.1")).status).not.toBe(429);
    expect((await askLink("b@example.org", "192.0.2.2")).status).not.toBe(429);
    expect((await askLink("c@example.org", "192.0.2.3")).status).toBe(429);
  });
});

describe("other limits", () => {
  it("stops co-sponsor invite → withdraw cycles", async () => {
    const c = await world.actor("contributor");
    const { id: contributionId } = await submitContribution(c, contributionInput(world));
    let refused: unknown;
    for (let i = 0; i < 25 && !refused; i++) {
      try {
        const inv = await inviteCoSponsor(c, { contributionId, organisationId: world.etu.id });
        await withdrawCoSponsor(c, { coSponsorId: inv.id });
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toMatchObject({ code: "RATE_LIMITED", params: { seconds: expect.any(Number) } });
  });

  it("limits exports per person and API searches per client (429 with a message)", async () => {
    const s = await world.actor("secretariat");
    const statuses = [];
    for (let i = 0; i < 31; i++) {
      const r = await exportResponse(s, new URLSearchParams({ format: "json" }));
      statuses.push(r.status);
      await r.body?.cancel();
    }
    expect(statuses.slice(0, 30).every((x) => x === 200)).toBe(true);
    expect(statuses[30]).toBe(429);

    process.env.SEARCH_LIMIT = "3";
    reloadEnv();
    const get = () => contributionsApi(new Request("http://localhost/api/v1/contributions?q=x", { headers: { [CLIENT_HEADER]: "198.51.100.9" } }));
    for (let i = 0; i < 3; i++) expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toMatch(/wait \d+ seconds/);
  });

  it("limits uploads per person", async () => {
    for (let i = 0; i < 60; i++) await consume("upload", "u1");
    await expect(consume("upload", "u1")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(consume("upload", "u2")).resolves.toBeUndefined();
  });
});
