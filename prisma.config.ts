/**
 * Prisma CLI configuration: wasm schema engine ("js") over a driver adapter, so that every
 * CLI command works offline (../shared/notes/stack.md). DATABASE_URL is required for commands
 * that touch a database; `prisma generate` does not connect.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./prisma/cli-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // Called lazily by commands that need a connection.
  adapter: async () => cliAdapterFactory(process.env.DATABASE_URL),
});
