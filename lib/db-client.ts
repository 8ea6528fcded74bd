/**
 * Creates a Prisma client over node-postgres (Rust-free client + @prisma/adapter-pg, as
 * ../shared/notes/stack.md requires). Used by lib/db.ts (the app's singleton) and by scripts
 * (seed, benchmarks) that run outside Next.js.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };
