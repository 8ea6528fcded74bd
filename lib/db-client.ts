/**
 * Creates a Prisma client over node-postgres (Rust-free client + @prisma/adapter-pg, as
 * ../shared/notes/stack.md requires). Used by lib/db.ts (the app's singleton) and by scripts
 * (seed, benchmarks) that run outside Next.js.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export interface PoolOptions {
  /** Connections in the node-postgres pool (pg's default is 10). */
  max?: number;
  /** Interactive transactions: longest wait for a connection, and longest run (ms). */
  transactionMaxWaitMs?: number;
  transactionTimeoutMs?: number;
}

export function createPrismaClient(connectionString: string, options: PoolOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, ...(options.max ? { max: options.max } : {}) });
  const transactionOptions = {
    ...(options.transactionMaxWaitMs ? { maxWait: options.transactionMaxWaitMs } : {}),
    ...(options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : {}),
  };
  return new PrismaClient({ adapter, transactionOptions });
}

export type { PrismaClient };
