import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects (issue 15 item 16):
// - "unit": pure code, no database; `npm run test:unit` runs it alone, with no DATABASE_URL.
// - "integration": services against a real PostgreSQL whose URL scripts/test.ts puts in
//   DATABASE_URL (`npm run test:integration`, or `npm test`).
// `vitest run` with no --project runs both (what `npm test -- --unit` does).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run services directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    // One file at a time across both projects: the integration files share one database.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // next-intl imports "next/navigation" without an extension, which Node's ESM loader cannot
    // resolve (next has no exports map); through Vite it resolves (the action wrapper's tests).
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"] } },
    ],
  },
});
