/**
 * Idempotent seed (run by `npm start` at every start, and by the test run): reference
 * organisations, people, the open WSIS+20 consultation and the baseline text of the Action Lines. Never part of the migrations.
 * Usage: DATABASE_URL=… tsx prisma/seed.ts
 */
import { createPrismaClient } from "../lib/db-client";
import { upsertConsultation, upsertOrganisation, upsertUser } from "./factories";
import { SEED_CONSULTATION, SEED_ORGANISATIONS, SEED_USERS } from "./seed-data";
import { ensureBaseline } from "../lib/services/proposals/baseline";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required to seed.");
  const db = createPrismaClient(url);
  try {
    const organisations = new Map<string, string>();
    for (const spec of SEED_ORGANISATIONS) organisations.set(spec.shortCode, (await upsertOrganisation(db, spec)).id);
    // Demonstration people (with a secretariat and an admin account) never go into production.
    const people = process.env.PORTAL_ENV === "production" ? [] : SEED_USERS;
    for (const { organisation, ...spec } of people) {
      await upsertUser(db, { ...spec, organisationId: organisation ? organisations.get(organisation) : undefined });
    }
    await upsertConsultation(db, SEED_CONSULTATION);
    // The text Action Line revision proposals amend (version 1, when none is loaded yet).
    await ensureBaseline(db);
    console.log(`Seed checked: ${SEED_ORGANISATIONS.length} organisations, ${people.length} people, 1 consultation, baseline text (existing rows are left as they are).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
