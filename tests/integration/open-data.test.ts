import { beforeAll, describe, expect, it } from "vitest";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { publicContributionSchema } from "@/lib/services/open-data/openapi";
import { GET as apiGet } from "@/app/api/v1/contributions/route";
import { GET as feedGet } from "@/app/feed.xml/route";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const s = await world.actor("secretariat");
  for (let i = 1; i <= 5; i++) {
    const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world, { title: `Published ${i}`, actionLines: i % 2 ? ["C2"] : ["C7"] }));
    if (i === 1) {
      const invitation = await inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id });
      await respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitation.id, response: "CONFIRMED" });
    }
    await decideContribution(s, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  }
  await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Still under review" }));
});

const call = async (query: string) => apiGet(new Request(`http://localhost/api/v1/contributions${query}`));

describe("open data API", () => {
  it("pages through published contributions with a cursor, newest first, none twice, nothing unpublished", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const res: Response = await call(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const body = (await res.json()) as { data: { title: string }[]; nextCursor: string | null };
      seen.push(...body.data.map((d) => d.title));
      cursor = body.nextCursor;
    }
    expect(seen).toEqual(["Published 5", "Published 4", "Published 3", "Published 2", "Published 1"]);
  });

  it("has every property the OpenAPI document promises, confirmed co-sponsors, and no personal data", async () => {
    const body = await (await call("?al=C2")).json();
    expect(body.data.map((d: { title: string }) => d.title)).toEqual(["Published 5", "Published 3", "Published 1"]);
    const first = body.data.at(-1);
    for (const key of publicContributionSchema.required) expect(first).toHaveProperty(key);
    expect(first.coSponsors).toEqual([{ name: "Example Telecommunications Union" }]);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/@example\.org/);
    expect(text).not.toContain("Still under review");
    expect(text).not.toContain("idempotencyKey");
  });

  it("answers 400 to a forged cursor", async () => {
    expect((await call("?cursor=not-a-cursor")).status).toBe(400);
  });

  it("publishes an Atom feed of published contributions only", async () => {
    const res = await feedGet(new Request("http://localhost/feed.xml"));
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await res.text();
    expect(xml).toContain("<feed");
    expect((xml.match(/<entry>/g) ?? []).length).toBe(5);
    expect(xml).toContain("CWG-WSIS&amp;SDG/WSIS20/1");
    expect(xml).not.toContain("Still under review");
    expect(await db.contribution.count()).toBe(6);
  });
});
