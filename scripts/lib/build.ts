/**
 * Is a production build current? Shared by `npm start` (`.next`) and `npm run cluster`
 * (`.next-cluster`): a build is current when its BUILD_ID is newer than every file it depends on.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

/** Newest modification time (ms) of the files the build depends on. */
export function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ["app", "components", "lib", "i18n", "messages", "generated", "proxy.ts", "next.config.js", "package-lock.json"]) {
    if (existsSync(path.join(ROOT, p))) walk(path.join(ROOT, p));
  }
  return newest;
}

/** The build in `distDir` (relative to the repository) exists and is newer than its sources. */
export function buildIsCurrent(distDir = ".next"): boolean {
  const id = path.join(ROOT, distDir, "BUILD_ID");
  return existsSync(id) && statSync(id).mtimeMs >= newestSource();
}
