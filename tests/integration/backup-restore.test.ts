/**
 * db:backup / db:restore as a round trip (scripts/lib/backup.ts): an embedded PostgreSQL of its
 * own (migrated like `npm start`'s) takes submissions while it is backed up; the
 * backup restored into a fresh directory starts, recovers, and holds the same rows and the same
 * reference numbers as the source had when the backup ended (none half-written, none missing).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { ensureDatabase, migrate, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/database";
import { createPrismaClient } from "@/lib/db-client";
import { upsertConsultation, upsertOrganisation, upsertUser } from "@/prisma/factories";
import { SEED_CONSULTATION } from "@/prisma/seed-data";
import { backup, restore } from "../../scripts/lib/backup";

let tmp: string;
const servers: RunningPostgres[] = [];

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "wsis-backup-"));
});
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => {});
  await new Promise((r) => setTimeout(r, 500));
  rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
});

/** One submission-shaped transaction: a contribution with the next gapless reference number. */
async function submitOne(pool: pg.Pool, ids: { consultation: string; code: string; organisation: string; user: string }) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const n = (await client.query(`INSERT INTO "Counter" (key, value) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET value = "Counter".value + 1 RETURNING value`, [`reference:${ids.code}`])).rows[0].value;
    await client.query(
      `INSERT INTO "Contribution" (id, "consultationId", "organisationId", "createdById", type, status, "referenceNumber", title, summary, body, language, "actionLines", sdgs, "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'GENERAL_INPUT', 'SUBMITTED', $5, 'Backed up', 'Summary', 'Body', 'en', '{C1}', '{}', now(), now())`,
      [`c-${randomUUID()}`, ids.consultation, ids.organisation, ids.user, `${ids.code}-C-${String(n).padStart(4, "0")}`],
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

const snapshot = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename as string);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await client.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
    const refs = (await client.query(`SELECT "referenceNumber" FROM "Contribution" WHERE "referenceNumber" IS NOT NULL ORDER BY "referenceNumber"`)).rows.map((r) => r.referenceNumber as string);
    const counter = (await client.query(`SELECT key, value FROM "Counter" ORDER BY key`)).rows;
    return { counts, refs, counter };
  } finally {
    await client.end();
  }
};

describe("backup and restore of the embedded PostgreSQL", () => {
  it("restores into a fresh directory what was committed when the backup ended, taken while submissions kept coming", { timeout: 240_000 }, async () => {
    const source = await startEmbeddedPostgres(path.join(tmp, "source"));
    servers.push(source);
    await ensureDatabase(source.urlFor("postgres"), "wsis");
    const url = source.urlFor("wsis");
    await migrate(url);
    // What a submission needs: an organisation, a verified member, the consultation.
    const prisma = createPrismaClient(url);
    const organisation = await upsertOrganisation(prisma, { name: "Ministry of Digital Affairs of Exampleland", shortCode: "EXA", membershipCategory: "MEMBER_STATE", stakeholderGroup: "GOVERNMENT" });
    await upsertUser(prisma, { email: "c@example.org", name: "Casey", organisationId: organisation.id });
    await upsertConsultation(prisma, SEED_CONSULTATION);
    await prisma.$disconnect();

    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const ids = (
      await pool.query(`SELECT c.id AS consultation, c.code, o.id AS organisation, u.id AS "user"
        FROM "Consultation" c, "Organisation" o, "User" u ORDER BY c."createdAt", o."shortCode", u.email LIMIT 1`)
    ).rows[0];
    for (let i = 0; i < 20; i++) await submitOne(pool, ids);

    // Submissions go on during the backup; they stop before the snapshot is compared.
    let writing = true;
    const writer = (async () => {
      while (writing) await submitOne(pool, ids);
    })();
    const file = path.join(tmp, "wsis.tar.gz");
    const result = await backup(path.join(tmp, "source", ""), source.urlFor("postgres"), file);
    writing = false;
    await writer;
    await pool.end();
    expect(result.bytes).toBeGreaterThan(1000);

    await restore(file, path.join(tmp, "restored"));
    const restored = await startEmbeddedPostgres(path.join(tmp, "restored"));
    servers.push(restored);
    const after = await snapshot(restored.urlFor("wsis"));

    // Everything committed before the backup began is there; numbers run 1…n without a gap, and
    // the counter says n (no half-applied transaction): a consistent point in time.
    const n = after.refs.length;
    expect(n).toBeGreaterThanOrEqual(20);
    expect(after.refs).toEqual(Array.from({ length: n }, (_, i) => `${ids.code}-C-${String(i + 1).padStart(4, "0")}`));
    expect(after.counter.find((c) => c.key === `reference:${ids.code}`)?.value).toBe(n);
    expect(after.counts.User).toBeGreaterThan(0);
    expect(after.counts._prisma_migrations).toBeGreaterThan(0);

    // Once the writer stopped, a second backup restored elsewhere equals the source exactly.
    const file2 = path.join(tmp, "wsis-2.tar.gz");
    await backup(path.join(tmp, "source"), source.urlFor("postgres"), file2);
    await restore(file2, path.join(tmp, "restored-2"));
    const restored2 = await startEmbeddedPostgres(path.join(tmp, "restored-2"));
    servers.push(restored2);
    expect(await snapshot(restored2.urlFor("wsis"))).toEqual(await snapshot(url));
  });

  it("refuses to restore over a directory that holds data, and an archive that is not a backup", async () => {
    await expect(restore(path.join(tmp, "missing.tar.gz"), path.join(tmp, "x"))).rejects.toThrow(/No backup file/);
    if (existsSync(path.join(tmp, "restored"))) {
      await expect(restore(path.join(tmp, "wsis.tar.gz"), path.join(tmp, "restored"))).rejects.toThrow(/not empty/);
    }
  });
});
