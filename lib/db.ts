/**
 * The one PrismaClient of the app (a globalThis singleton, so hot reload does not open a new
 * pool each time). Server-only: importing it from a client component fails the build.
 * Only lib/services/** and lib/auth/** import it.
 */
import "server-only";
import type pg from "pg";
import { createPrismaClient, createPrismaClientWithPool, type PrismaClient } from "./db-client";
import { env } from "./env";
import { mustReadPrimary } from "./http/read-your-writes";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; primaryPool?: pg.Pool };

function fromEnv() {
  const e = env();
  return createPrismaClientWithPool(e.DATABASE_URL, { max: e.DATABASE_POOL_MAX, transactionMaxWaitMs: e.DATABASE_TX_MAX_WAIT_MS, transactionTimeoutMs: e.DATABASE_TX_TIMEOUT_MS });
}

if (!globalForPrisma.prisma || !globalForPrisma.primaryPool) {
  const { client, pool } = fromEnv();
  globalForPrisma.prisma = client;
  globalForPrisma.primaryPool = pool;
}
export const db: PrismaClient = globalForPrisma.prisma;
/**
 * The primary's node-postgres pool, the same connections as `db`: for plain-SQL hot paths only (a
 * deadline submission: submit-new.ts, find-by-key.ts, load-actor.ts; an export's batches:
 * load-export-records.ts). Everything else goes through Prisma.
 */
export const primaryPool: pg.Pool = globalForPrisma.primaryPool;

const replica = globalThis as unknown as { prismaReplica?: PrismaClient; replicaHealthy?: boolean };
/** How often the replica is probed (ms): a replica that stopped answering is skipped until it answers again. */
const REPLICA_PROBE_MS = 5_000;

function replicaClient(url: string): PrismaClient {
  if (!replica.prismaReplica) {
    const client = createPrismaClient(url, { max: env().DATABASE_POOL_MAX });
    replica.prismaReplica = client;
    replica.replicaHealthy = true;
    const probe = async () => {
      try {
        await client.$queryRaw`SELECT 1`;
        if (!replica.replicaHealthy) console.log("[db] the read replica answers again: public reads go back to it");
        replica.replicaHealthy = true;
      } catch (e) {
        if (replica.replicaHealthy) console.error(`[db] the read replica does not answer (${(e as Error).message}): public reads go to the primary`);
        replica.replicaHealthy = false;
      }
    };
    setInterval(() => void probe(), REPLICA_PROBE_MS).unref();
  }
  return replica.prismaReplica;
}

/**
 * The client for PUBLIC reads (published list, search, a contribution's public page, the open-data
 * API, statistics): PostgreSQL's streaming replica when DATABASE_REPLICA_URL is set, else the
 * primary. A browser that wrote in the last few seconds reads from the primary instead
 * (lib/http/read-your-writes.ts), so the contributor and the secretariat see their own change at
 * once; so does everyone while the replica fails its probe. Never for anything that decides a
 * write or reads a signed-in person's own data.
 */
export async function publicReadDb(): Promise<PrismaClient> {
  const url = env().DATABASE_REPLICA_URL;
  if (!url || (await mustReadPrimary())) return db;
  const client = replicaClient(url);
  return replica.replicaHealthy ? client : db;
}

export { Prisma } from "@/generated/prisma/client";
export type { Prisma as PrismaTypes } from "@/generated/prisma/client";
