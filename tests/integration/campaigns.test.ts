/**
 * Issue 14 item 4 (second half): campaigns. Near-identical texts (not only identical ones) are
 * proposed as a group; the secretariat confirms it (one transaction: members, audit, e-mails; two
 * overlapping confirmations: one wins); the published representative's public page says how many
 * organisations sent the same text and names only those that agreed (nameInCampaign, asked in
 * the form). Dissolving undoes it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { CANDIDATE_MEMBERS_SHOWN, confirmCampaign, dissolveCampaign, listCampaignCandidates, listCampaigns, publicCampaignOf } from "@/lib/services/triage/campaigns";
import { listWithSpaced } from "@/lib/actions/read-form";
import { ZConfirmCampaign } from "@/lib/schemas/triage";
import { listDuplicateClusters } from "@/lib/services/triage/duplicates";
import { upsertOrganisation, upsertUser } from "@/prisma/factories";
import { loadActor } from "@/lib/auth/load-actor";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

const LETTER =
  "We, the undersigned organisations, ask the WSIS+20 review to keep a strong multistakeholder model, to fund digital capacity building in every region, and to publish open data on connectivity, affordability and meaningful access for women and rural communities.";

let world: World;
const id: Record<string, string> = {};

beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  const teo = await upsertOrganisation(db, { name: "Third Example Org", shortCode: "TEO", membershipCategory: "ACADEMIA", stakeholderGroup: "ACADEMIC_COMMUNITY" });
  const teoUser = (await loadActor((await upsertUser(db, { email: "teo@example.org", name: "Tess", organisationId: teo.id })).id))!;
  const title = "Keep the multistakeholder model";
  // The representative (EXA), a copy with another greeting and signature (ETU, agrees to be
  // named), and a copy of TEO (does not agree); an unrelated text.
  id.rep = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title, body: LETTER }))).id;
  id.etu = (await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id, title, body: `Dear secretariat, ${LETTER} Kind regards, ETU`, nameInCampaign: true }))).id;
  id.teo = (await submitContribution(teoUser, contributionInput(world, { organisationId: teo.id, title: `${title}.`, body: `${LETTER} Signed in Geneva.` }))).id;
  id.other = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Satellite spectrum for rural broadband", body: "Orbital slots and spectrum coordination for low earth orbit constellations." }))).id;
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: id.rep, expectedStatus: "SUBMITTED", reason: "" });
  await db.outboundEmail.deleteMany();
});

describe("campaigns", () => {
  it("proposes near-identical texts (other greeting, signature, punctuation) as one group, the published one as representative", async () => {
    const [group, ...rest] = await listCampaignCandidates(await world.actor("secretariat"));
    expect(rest).toEqual([]);
    expect(group.members.map((m) => m.id).sort()).toEqual([id.rep, id.etu, id.teo].sort());
    expect(group.representativeId).toBe(id.rep);
    expect(group.members.find((m) => m.id === id.etu)?.nameInCampaign).toBe(true);
    const teo = await db.contribution.findUniqueOrThrow({ where: { id: id.teo }, select: { referenceNumber: true, consultation: { select: { code: true } } } });
    expect(group.consultationCode).toBe(teo.consultation.code);
    expect(group.members.find((m) => m.id === id.teo)).toEqual({ id: id.teo, referenceNumber: teo.referenceNumber, title: "Keep the multistakeholder model.", status: "SUBMITTED", organisation: "Third Example Org", nameInCampaign: false });
    // Their bodies differ: the identical-body clusters would not have found them.
    expect(await listDuplicateClusters(await world.actor("secretariat"))).toEqual([]);
  });

  it("confirmed: audited and e-mailed per member; the public page counts organisations and names only those that agreed", async () => {
    const s = await world.actor("secretariat");
    const { id: campaignId } = await confirmCampaign(s, { representativeId: id.rep, memberIds: [id.rep, id.etu, id.teo] });
    expect(await db.contribution.count({ where: { campaignId } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "campaign.confirm" } })).toBe(3);
    const mails = await db.outboundEmail.findMany({ where: { kind: "campaignConfirmed" } });
    expect(mails.map((m) => m.locale).sort()).toEqual(["ar", "en", "en"]);
    expect(mails.find((m) => m.locale === "ar")?.text).toContain("3");
    expect(await publicCampaignOf(id.rep)).toEqual({ organisations: 3, named: ["Example Telecommunications Union"] });
    // Not the representative, or not published: nothing public.
    expect(await publicCampaignOf(id.etu)).toBeNull();
    // Grouped ones are not proposed again; the campaign is listed.
    expect(await listCampaignCandidates(s)).toEqual([]);
    expect((await listCampaigns(s)).map((c) => c.members.length)).toEqual([3]);
    // Dissolved: single contributions again, audited, nothing public.
    await dissolveCampaign(s, { campaignId });
    expect(await db.contribution.count({ where: { campaignId: { not: null } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "campaign.dissolve" } })).toBe(3);
    expect(await publicCampaignOf(id.rep)).toBeNull();
    await expect(dissolveCampaign(s, { campaignId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("looks for groups at most once a minute: a new copy waits for the next look; confirming and dissolving show at once", async () => {
    const s = await world.actor("secretariat");
    const t0 = Date.now();
    expect((await listCampaignCandidates(s, 20, t0))[0].members).toHaveLength(3);
    const late = (await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Keep the multistakeholder model", body: `${LETTER} A late signatory.` }))).id;
    // Within the minute: the groups as found then (their members read now).
    expect((await listCampaignCandidates(s, 20, t0 + 59_000))[0].members.map((m) => m.id)).not.toContain(late);
    // A minute on: looked for again, found.
    expect((await listCampaignCandidates(s, 20, t0 + 60_000))[0].members.map((m) => m.id)).toContain(late);
    // Confirmed: no longer proposed, without a new look.
    const { id: campaignId } = await confirmCampaign(s, { representativeId: id.rep, memberIds: [id.rep, id.etu, id.teo, late] });
    expect(await listCampaignCandidates(s, 20, t0 + 61_000)).toEqual([]);
    // The next look leaves the campaign's members out.
    expect(await listCampaignCandidates(s, 20, t0 + 121_000)).toEqual([]);
    // Dissolved: announced (to every server, this one included), so proposed again at once.
    await dissolveCampaign(s, { campaignId });
    expect((await listCampaignCandidates(s, 20, t0 + 122_000))[0].members).toHaveLength(4);
  });

  it("a large group lists its first members (representative first) and counts the rest; the posted form confirms them all", async () => {
    const s = await world.actor("secretariat");
    const copies: string[] = [];
    for (let i = 0; i < CANDIDATE_MEMBERS_SHOWN; i++) {
      copies.push((await submitContribution(await world.actor("contributor"), contributionInput(world, { title: "Keep the multistakeholder model", body: `${LETTER} Signatory ${i}.` }))).id);
    }
    const [group] = await listCampaignCandidates(s);
    expect(group.members).toHaveLength(CANDIDATE_MEMBERS_SHOWN);
    expect(group.members[0].id).toBe(id.rep); // the published member, suggested as representative
    expect(group.more).toHaveLength(3); // 3 + CANDIDATE_MEMBERS_SHOWN in all
    expect([...group.members.map((m) => m.id), ...group.more].sort()).toEqual([id.rep, id.etu, id.teo, ...copies].sort());
    // What the form posts: the ticked members one by one, the others in one field.
    const form = new FormData();
    form.set("representativeId", id.rep);
    for (const m of group.members) form.append("memberIds", m.id);
    form.set("moreMemberIds", group.more.join(" "));
    const input = ZConfirmCampaign.parse(listWithSpaced("memberIds", "moreMemberIds")(form));
    const { id: campaignId } = await confirmCampaign(s, input);
    expect(await db.contribution.count({ where: { campaignId } })).toBe(3 + CANDIDATE_MEMBERS_SHOWN);
  });

  it("two overlapping confirmations at once: exactly one campaign, the other is told", async () => {
    const results = await Promise.allSettled([
      confirmCampaign(await world.actor("secretariat"), { representativeId: id.rep, memberIds: [id.rep, id.etu] }),
      confirmCampaign(await world.actor("admin"), { representativeId: id.teo, memberIds: [id.teo, id.etu] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CAMPAIGN_CONFLICT" });
    expect(await db.campaign.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "campaign.confirm" } })).toBe(2);
  });

  it("refuses a group of one, a representative outside it, and anyone without contribution.mark-duplicate", async () => {
    const s = await world.actor("secretariat");
    await expect(confirmCampaign(s, { representativeId: id.rep, memberIds: [id.rep] })).rejects.toMatchObject({ code: "CAMPAIGN_INVALID" });
    await expect(confirmCampaign(s, { representativeId: id.other, memberIds: [id.rep, id.etu] })).rejects.toMatchObject({ code: "CAMPAIGN_INVALID" });
    for (const who of ["contributor", "focalPoint", "etuFocal"] as const) {
      await expect(confirmCampaign(await world.actor(who), { representativeId: id.rep, memberIds: [id.rep, id.etu] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listCampaignCandidates(await world.actor(who))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(confirmCampaign(ANONYMOUS, { representativeId: id.rep, memberIds: [id.rep, id.etu] })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.campaign.count()).toBe(0);
  });
});
