import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests (pure code) and integration tests (services against a real PostgreSQL whose URL
// scripts/test.ts puts in DATABASE_URL). Integration files run one at a time because they share
// one database.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run services directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // next-intl imports "next/navigation" without an extension, which Node's ESM loader cannot
    // resolve (next has no exports map); through Vite it resolves (the action wrapper's tests).
    server: { deps: { inline: ["next-intl"] } },
  },
});
