/**
 * Issue 11: the app's node-postgres pool (lib/db-pool.ts) keeps a connection when PostgreSQL
 * refused a statement (a unique violation: every double-clicked submission at the deadline), and
 * still closes one the server ended. pg-pool's own query() closed it on any error, so the crowd
 * opened ~15 connections a second.
 */
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { Pool } from "@/lib/db-pool";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
afterAll(() => pool.end());

const pid = async () => (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;

describe("the app's connection pool", () => {
  it("keeps the connection after statements PostgreSQL refused (unique violation, division by zero)", async () => {
    const before = await pid();
    await pool.query("CREATE TABLE IF NOT EXISTS pool_probe (k text PRIMARY KEY)");
    await pool.query("INSERT INTO pool_probe VALUES ('a') ON CONFLICT DO NOTHING");
    await expect(pool.query("INSERT INTO pool_probe VALUES ($1)", ["a"])).rejects.toMatchObject({ code: "23505" });
    await expect(pool.query({ text: "SELECT 1 / $1::int", values: [0] })).rejects.toMatchObject({ code: "22012" });
    expect(await pid()).toBe(before);
    expect(pool.totalCount).toBe(1);
    await pool.query("DROP TABLE pool_probe");
  });

  it("closes the connection when the refusal left it inside a transaction, or came from a named statement", async () => {
    const first = await pid();
    // Simple protocol, two statements: the error leaves the session in a failed transaction.
    await expect(pool.query("BEGIN; SELECT 1 / 0")).rejects.toMatchObject({ code: "22012" });
    const second = await pid();
    expect(second).not.toBe(first);
    expect(await pool.query("SELECT 1 AS one")).toMatchObject({ rows: [{ one: 1 }] });
    // node-postgres remembers a named statement as prepared on its connection: not kept.
    await expect(pool.query({ name: "pool-probe", text: "SELECT 1 / $1::int", values: [0] })).rejects.toMatchObject({ code: "22012" });
    expect(await pid()).not.toBe(second);
  });

  it("closes a connection the server ended, and answers the next query on a new one", async () => {
    const before = await pid();
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const sleeping = pool.query("SELECT pg_sleep(10)");
      const refused = expect(sleeping).rejects.toBeInstanceOf(Error);
      // Wait until the pool's backend is inside pg_sleep, then end it from outside.
      for (let i = 0; i < 100; i++) {
        const { rows } = await admin.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND query LIKE 'SELECT pg_sleep%'", [before]);
        if (rows.length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await admin.query("SELECT pg_terminate_backend($1)", [before]);
      await refused;
    } finally {
      await admin.end();
    }
    const after = await pid();
    expect(after).not.toBe(before);
    expect(pool.totalCount).toBe(1);
  });

  it("keeps the callback form working", async () => {
    const rows = await new Promise<unknown[]>((resolve, reject) => pool.query("SELECT 2 AS two", (e: Error | undefined, r: pg.QueryResult) => (e ? reject(e) : resolve(r.rows))));
    expect(rows).toEqual([{ two: 2 }]);
  });
});
