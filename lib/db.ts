/**
 * The one PrismaClient of the app (a globalThis singleton, so hot reload does not open a new
 * pool each time). Server-only: importing it from a client component fails the build.
 * Only lib/services/** and lib/auth/** import it.
 */
import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";
import { env } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);
globalForPrisma.prisma = db;

export { Prisma } from "@/generated/prisma/client";
export type { Prisma as PrismaTypes } from "@/generated/prisma/client";
