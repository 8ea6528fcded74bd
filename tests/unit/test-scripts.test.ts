/**
 * Issue 15 item 16: `npm run test:unit` runs pure tests only (no DATABASE_URL needed) and
 * `npm run test:integration` starts the database the way `npm test` does. Checked from the
 * scripts and the vitest configuration, and by the imports of the unit files.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import config from "@/vitest.config";

const root = path.resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
type Project = { test: { name: string; include: string[] } };
const projects = ((config as { test?: { projects?: Project[] } }).test?.projects ?? []) as Project[];

describe("test scripts", () => {
  it("test:unit runs the unit project only, which includes no integration file", () => {
    expect(pkg.scripts["test:unit"]).toMatch(/vitest run --project unit\b/);
    const unit = projects.find((p) => p.test.name === "unit");
    expect(unit?.test.include).toEqual(["tests/unit/**/*.test.ts"]);
  });

  it("no unit test file reaches the database", () => {
    const dir = path.join(root, "tests/unit");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".test.ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      expect(source, file).not.toMatch(/from "(\.\.\/support\/db|@\/lib\/db)"/);
    }
  });

  it("every unit file loads without DATABASE_URL (vitest list --project unit)", () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const listed = spawnSync(path.join(root, "node_modules/.bin/vitest"), ["list", "--project", "unit"], { cwd: root, env, encoding: "utf8", timeout: 120_000 });
    expect(listed.stderr + listed.stdout).not.toContain("Invalid environment");
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("tests/unit/test-scripts.test.ts");
  }, 150_000);

  it("test:integration goes through scripts/test.ts (embedded PostgreSQL) with the integration project", () => {
    expect(pkg.scripts["test:integration"]).toBe("tsx scripts/test.ts --integration");
    const script = readFileSync(path.join(root, "scripts/test.ts"), "utf8");
    expect(script).toContain('"--project", "integration"');
    expect(projects.map((p) => p.test.name).sort()).toEqual(["integration", "unit"]);
    expect(pkg.scripts.test).toBe("tsx scripts/test.ts");
  });
});
