/**
 * Integration-test database access: the real PostgreSQL that `npm test` prepared (migrated,
 * empty) and named in DATABASE_URL. Each test starts from empty tables.
 */
import { db } from "@/lib/db";
import { announceInvalidation } from "@/lib/cache/invalidation";

if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need DATABASE_URL: run them with `npm test` (or `npm test -- --unit`), which starts PostgreSQL.");
}

export { db };

/** Empties every application table (keeps the schema and migrations table). */
export async function resetDatabase(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  // The rows went behind the services' back: what this process's caches hold is gone too.
  await announceInvalidation("campaign-groups", async () => {});
}
