/**
 * Which message namespaces the client components under a page use, read from the source: the
 * page's import graph is walked (server components and plain modules) until it reaches files
 * marked "use client"; from there every import is client code, and each `useTranslations("ns")`
 * it contains names a namespace the browser needs. Used by tests/unit/client-messages.test.ts.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return null; // a package: not ours to read
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

const importsCache = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let found = importsCache.get(file);
  if (!found) {
    const source = readFileSync(file, "utf8");
    // Type-only imports vanish at build time and carry no code to the browser.
    const specs = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
    found = specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
    importsCache.set(file, found);
  }
  return found;
}

const isClient = (file: string) => /^\s*["']use client["']/m.test(readFileSync(file, "utf8").slice(0, 400));

/** Namespaces passed to useTranslations in one file (a call with no namespace reads them all: "*"). */
export function namespacesIn(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const named = [...source.matchAll(/useTranslations\(\s*["']([^"']+)["']/g)].map((m) => m[1].split(".")[0]);
  const whole = /useTranslations\(\s*\)|useMessages\(/.test(source) ? ["*"] : [];
  return [...new Set([...named, ...whole])];
}

/** The client files reached from an entry (a page or layout), and the namespaces they use. */
export function clientNeeds(entry: string): { clientFiles: string[]; namespaces: string[] } {
  const clientFiles = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const key = `${inClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const client = inClient || isClient(file);
    if (client) clientFiles.add(file);
    for (const next of importsOf(file)) walk(next, client);
  };
  walk(entry, false);
  const namespaces = new Set<string>();
  for (const f of clientFiles) for (const ns of namespacesIn(f)) namespaces.add(ns);
  return { clientFiles: [...clientFiles].map((f) => relative(ROOT, f)).sort(), namespaces: [...namespaces].sort() };
}

export { ROOT };
