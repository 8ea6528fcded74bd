/**
 * `npm run db:migrate:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * from the difference between the schema as last committed (`git show HEAD:prisma/schema.prisma`)
 * and the working prisma/schema.prisma. The wasm schema engine needs a connection even for this,
 * so an empty throw-away embedded PostgreSQL is started; nothing is read from it.
 *
 * Why not `prisma migrate dev`: its shadow database goes through the wasm schema engine, which
 * panics ("RuntimeError: unreachable") while introspecting the CHECK constraints our migrations
 * add by hand. A datamodel-to-datamodel diff needs no introspection. Review the SQL (add any
 * CHECK constraint by hand, with no ";" inside comments), then commit the schema and the migration
 * together so the next diff starts from the right place.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, ensureDatabase, startEmbeddedPostgres } from "./lib/database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:new -- <name_in_snake_case>");
  process.exit(2);
}
const tmp = mkdtempSync(path.join(tmpdir(), "wsis-migrate-"));
const pg = await startEmbeddedPostgres(path.join(tmp, "pg"));
try {
  await ensureDatabase(pg.urlFor("postgres"), "empty");
  const before = path.join(tmp, "schema.prisma");
  writeFileSync(before, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: ROOT }));
  const sql = execFileSync(
    path.join(ROOT, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: pg.urlFor("empty") }, encoding: "utf8" },
  );
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log("No difference between the committed schema and prisma/schema.prisma.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(ROOT, "prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql — review it, then commit it with the schema.`);
  }
} finally {
  await pg.stop();
  rmSync(tmp, { recursive: true, force: true });
}
