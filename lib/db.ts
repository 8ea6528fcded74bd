/**
 * The one PrismaClient of the app (a globalThis singleton, so hot reload does not open a new
 * pool each time). Server-only: importing it from a client component fails the build.
 * Only lib/services/** and lib/auth/** import it.
 */
import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function fromEnv(): PrismaClient {
  const e = env();
  return createPrismaClient(e.DATABASE_URL, { max: e.DATABASE_POOL_MAX, transactionMaxWaitMs: e.DATABASE_TX_MAX_WAIT_MS, transactionTimeoutMs: e.DATABASE_TX_TIMEOUT_MS });
}

export const db: PrismaClient = globalForPrisma.prisma ?? fromEnv();
globalForPrisma.prisma = db;

export { Prisma } from "@/generated/prisma/client";
export type { Prisma as PrismaTypes } from "@/generated/prisma/client";
