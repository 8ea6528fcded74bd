/**
 * Issue 15 item 9: after the deadline an invitation can no longer be answered: the list says so
 * (no Confirm/Decline, the reason instead) and a late answer is refused with a message about
 * co-sponsorship, not about contributions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { inviteCoSponsor } from "@/lib/services/cosponsors/invite-cosponsor";
import { respondCoSponsorship } from "@/lib/services/cosponsors/respond-cosponsorship";
import { listInvitations } from "@/lib/services/cosponsors/list-cosponsors";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
let invitationId: string;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const { id } = await submitContribution(await world.actor("contributor"), contributionInput(world));
  invitationId = (await inviteCoSponsor(await world.actor("contributor"), { contributionId: id, organisationId: world.etu.id })).id;
});

describe("co-sponsorship after the deadline", () => {
  it("before the deadline the invitation can be answered", async () => {
    const [row] = await listInvitations(await world.actor("etuFocal"));
    expect(row).toMatchObject({ id: invitationId, status: "INVITED", closed: null });
  });

  it("after it, the list gives the reason instead of the buttons, and an answer is refused about co-sponsorship", async () => {
    const late = new Date(world.consultation.closesAt.getTime() + 1);
    const [row] = await listInvitations(await world.actor("etuFocal"), late);
    expect(row.closed).toEqual({ code: "COSPONSORS_CLOSED", params: { deadline: world.consultation.closesAt.toISOString(), timeZone: world.consultation.timeZone } });
    await expect(respondCoSponsorship(await world.actor("etuFocal"), { coSponsorId: invitationId, response: "CONFIRMED" }, late)).rejects.toMatchObject({ code: "COSPONSORS_CLOSED" });
    for (const messages of [en, ar]) {
      const t = createTranslator({ locale: messages === en ? "en" : "ar", messages, namespace: "errors" });
      const text = t("COSPONSORS_CLOSED", { deadline: "1 January 2027", timeZone: "Europe/Zurich" });
      expect(text).toContain("1 January 2027");
    }
    expect(en.errors.COSPONSORS_CLOSED).toMatch(/co-sponsor/i);
    expect(en.errors.COSPONSORS_CLOSED).not.toMatch(/Contributions are no longer accepted/);
  });
});
