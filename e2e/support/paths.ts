import path from "node:path";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The real Arabic contribution of the project's seed (ATU proposal to modify WTSA Res. 75). */
export function arabicFixture(): string {
  // CI lays shared/ beside the clone; a copy inside the repo keeps the test runnable elsewhere.
  for (const p of [path.join(ROOT, "..", "shared", "fixtures", "atu-proposal-res75-ar.txt"), path.join(ROOT, "e2e", "fixtures", "atu-proposal-res75-ar.txt")]) {
    if (existsSync(p)) return readFileSync(p, "utf8");
  }
  throw new Error("atu-proposal-res75-ar.txt not found in ../shared/fixtures or e2e/fixtures");
}

/** Where screenshots go for people to look at (not compared: see the issue notes). */
export function screenshotPath(name: string): string {
  const dir = path.join(ROOT, "e2e", "screenshots");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
