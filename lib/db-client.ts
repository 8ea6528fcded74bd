/**
 * Creates a Prisma client over node-postgres (Rust-free client + @prisma/adapter-pg, as
 * ../shared/notes/stack.md requires). Used by lib/db.ts (the app's singleton) and by scripts
 * (seed, benchmarks) that run outside Next.js.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { Pool } from "./db-pool";
import { PrismaClient } from "@/generated/prisma/client";

export interface PoolOptions {
  /** Connections in the node-postgres pool (pg's default is 10). */
  max?: number;
  /** Interactive transactions: longest wait for a connection, and longest run (ms). */
  transactionMaxWaitMs?: number;
  transactionTimeoutMs?: number;
}

/**
 * A Prisma client and the node-postgres pool under it. The pool is the same connections, for the
 * few hot paths written as plain SQL (a deadline submission in one statement:
 * lib/services/contributions/submit-new.ts; an export's batches) where Prisma's per-query work was
 * most of the cost.
 */
export function createPrismaClientWithPool(connectionString: string, options: PoolOptions = {}): { client: PrismaClient; pool: pg.Pool } {
  // Our Pool: a statement PostgreSQL refused (a unique violation) does not close its connection.
  const pool = new Pool({ connectionString, ...(options.max ? { max: options.max } : {}) });
  // An idle connection dropped by the server (a restart, PgBouncer) must not crash the process.
  pool.on("error", (e) => console.error("[db] idle connection error", e.message));
  // $disconnect() ends the pool, as it did when the adapter made its own.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const transactionOptions = {
    ...(options.transactionMaxWaitMs ? { maxWait: options.transactionMaxWaitMs } : {}),
    ...(options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : {}),
  };
  return { client: new PrismaClient({ adapter, transactionOptions }), pool };
}

export function createPrismaClient(connectionString: string, options: PoolOptions = {}): PrismaClient {
  return createPrismaClientWithPool(connectionString, options).client;
}

export type { PrismaClient };
