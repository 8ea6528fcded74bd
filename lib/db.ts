/**
 * The one PrismaClient of the app (a globalThis singleton, so hot reload does not open a new
 * pool each time). Server-only: importing it from a client component fails the build.
 * Only lib/services/** and lib/auth/** import it.
 */
import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";
import { env } from "./env";
import { wroteRecently } from "./http/read-your-writes";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function fromEnv(): PrismaClient {
  const e = env();
  return createPrismaClient(e.DATABASE_URL, { max: e.DATABASE_POOL_MAX, transactionMaxWaitMs: e.DATABASE_TX_MAX_WAIT_MS, transactionTimeoutMs: e.DATABASE_TX_TIMEOUT_MS });
}

export const db: PrismaClient = globalForPrisma.prisma ?? fromEnv();
globalForPrisma.prisma = db;

const globalForReplica = globalThis as unknown as { prismaReplica?: PrismaClient };

/**
 * The client for PUBLIC reads (published list, search, a contribution's public page, the open-data
 * API, statistics): PostgreSQL's streaming replica when DATABASE_REPLICA_URL is set, else the
 * primary. A browser that wrote in the last few seconds reads from the primary instead
 * (lib/http/read-your-writes.ts), so the contributor and the secretariat see their own change at
 * once. Never for anything that decides a write or reads a signed-in person's own data.
 */
export async function publicReadDb(): Promise<PrismaClient> {
  const url = env().DATABASE_REPLICA_URL;
  if (!url || (await wroteRecently())) return db;
  globalForReplica.prismaReplica ??= createPrismaClient(url, { max: env().DATABASE_POOL_MAX });
  return globalForReplica.prismaReplica;
}

export { Prisma } from "@/generated/prisma/client";
export type { Prisma as PrismaTypes } from "@/generated/prisma/client";
