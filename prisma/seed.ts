/**
 * Idempotent seed (run by `npm start` at every start, and by the test run): reference
 * organisations, people and the open WSIS+20 consultation. Never part of the migrations.
 * Usage: DATABASE_URL=… tsx prisma/seed.ts
 */
import { createPrismaClient } from "../lib/db-client";
import { upsertConsultation, upsertOrganisation, upsertUser } from "./factories";
import { SEED_CONSULTATION, SEED_ORGANISATIONS, SEED_USERS } from "./seed-data";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required to seed.");
  const db = createPrismaClient(url);
  try {
    const organisations = new Map<string, string>();
    for (const spec of SEED_ORGANISATIONS) organisations.set(spec.shortCode, (await upsertOrganisation(db, spec)).id);
    for (const { organisation, ...spec } of SEED_USERS) {
      await upsertUser(db, { ...spec, organisationId: organisation ? organisations.get(organisation) : undefined });
    }
    await upsertConsultation(db, SEED_CONSULTATION);
    console.log(`Seeded ${SEED_ORGANISATIONS.length} organisations, ${SEED_USERS.length} people, 1 consultation.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
