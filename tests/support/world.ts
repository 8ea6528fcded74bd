/**
 * A small world for integration tests, built with the seed's own factories: two organisations
 * (EXA, ETU), a contributor of each, a focal point, an unverified member, the secretariat and an
 * open consultation (or one whose window is given), and the baseline text (version 1).
 */
import { upsertConsultation, upsertOrganisation, upsertUser } from "@/prisma/factories";
import { SEED_CONSULTATION } from "@/prisma/seed-data";
import { loadActor } from "@/lib/auth/load-actor";
import type { TContributionInput } from "@/lib/schemas/contribution";
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { ensureBaseline } from "@/lib/services/proposals/baseline";

export async function buildWorld(window: { opensAt?: Date; closesAt?: Date } = {}) {
  const exa = await upsertOrganisation(db, { name: "Ministry of Digital Affairs of Exampleland", shortCode: "EXA", membershipCategory: "MEMBER_STATE", stakeholderGroup: "GOVERNMENT", country: "CH", ituRegion: "B" });
  const etu = await upsertOrganisation(db, { name: "Example Telecommunications Union", shortCode: "ETU", membershipCategory: "SECTOR_MEMBER", stakeholderGroup: "INTERNATIONAL_ORGANIZATION" });
  const users = {
    contributor: await upsertUser(db, { email: "c@example.org", name: "Casey", organisationId: exa.id }),
    focalPoint: await upsertUser(db, { email: "fp@example.org", name: "Farah", organisationId: exa.id, membershipRole: "FOCAL_POINT" }),
    otherOrg: await upsertUser(db, { email: "ar@example.org", name: "Nadia", locale: "ar", organisationId: etu.id }),
    etuFocal: await upsertUser(db, { email: "etu.fp@example.org", name: "Omar", locale: "ar", organisationId: etu.id, membershipRole: "FOCAL_POINT" }),
    unverified: await upsertUser(db, { email: "u@example.org", name: "Pat", organisationId: exa.id, verified: false }),
    secretariat: await upsertUser(db, { email: "s@example.org", name: "Sam", role: "SECRETARIAT" }),
    admin: await upsertUser(db, { email: "a@example.org", name: "Ada", role: "ADMIN" }),
    outsider: await upsertUser(db, { email: "o@example.org", name: "Olu" }),
  };
  const consultation = await upsertConsultation(db, {
    ...SEED_CONSULTATION,
    opensAt: window.opensAt ?? new Date(Date.now() - 86_400_000),
    closesAt: window.closesAt ?? new Date(Date.now() + 86_400_000),
  });
  // As the seed does: the baseline text revision proposals amend (version 1).
  await ensureBaseline(db);
  const actor = async (key: keyof typeof users) => (await loadActor(users[key].id))!;
  return { exa, etu, users, consultation, actor };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A valid contribution input for `world`'s consultation on behalf of EXA. */
export function contributionInput(world: World, overrides: Partial<TContributionInput> = {}): TContributionInput {
  return {
    consultationId: world.consultation.id,
    organisationId: world.exa.id,
    type: "GENERAL_INPUT",
    title: "Keep ITU's facilitation of C2 and C5",
    summary: "ITU should keep facilitating Action Lines C2 and C5.",
    body: "Full text of the contribution.",
    language: "en",
    actionLines: ["C2", "C5"],
    sdgs: [9],
    proposals: [],
    c7SubItems: [],
    answers: [{ questionId: world.consultation.guidingQuestions[0].id, text: "An answer." }],
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
