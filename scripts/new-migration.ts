/**
 * `npm run db:migrate:new -- <name>`: writes a new migration in prisma/migrations from the
 * difference between the committed migrations and prisma/schema.prisma, using a throw-away
 * embedded PostgreSQL (so no server is needed). Review the SQL, then commit it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, ensureDatabase, run, startEmbeddedPostgres } from "./lib/database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:new -- <name_in_snake_case>");
  process.exit(2);
}
const tmp = mkdtempSync(path.join(tmpdir(), "wsis-migrate-"));
const pg = await startEmbeddedPostgres(path.join(tmp, "pg"));
let code = 1;
try {
  await ensureDatabase(pg.urlFor("postgres"), "migrate");
  code = await run(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "dev", "--create-only", "--name", name], { DATABASE_URL: pg.urlFor("migrate") });
} finally {
  await pg.stop();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
