/**
 * `npm run bench:pages`: what each public page costs a phone (issue 16 item 1).
 *
 * Seeds its own embedded PostgreSQL (scripts/bench, published contributions in six languages;
 * `--rows=` how many, default 50,000), serves the production build (`.next-bench`; `--skip-build`
 * reuses it) and, per public page:
 * - reads the HTML the server sends and every script it loads (`<script src>` chunks of the
 *   production build), and gzips each (level 6, what a server's compression gives): JavaScript
 *   bytes, split into chunk files and the scripts inline in the HTML (React's payload, which
 *   carries the interface messages handed to client components);
 * - says whether the HTML carries a message no public page uses (the contributor form's autosave
 *   text), i.e. whether the whole catalogue is sent;
 * - for the list, one contribution and the statistics page, runs Lighthouse 12 (mobile profile:
 *   simulated slow 4G and 4× CPU slowdown) in Debian's Chromium and reads Largest Contentful
 *   Paint.
 * Prints one JSON line per page: {"page", "path", "js_gzip_bytes" (chunks + inline scripts),
 * "chunk_js_gzip_bytes", "framework_js_gzip_bytes" (the build's rootMainFiles: React and Next's
 * runtime, on every page), "portal_js_gzip_bytes" (everything else: our chunks and the inline payload), "inline_js_gzip_bytes", "html_gzip_bytes", "chunks", "carries_unused_messages",
 * "lcp_ms", "lighthouse_performance", "target_js_gzip_bytes": 100000, "target_lcp_ms": 2500}.
 */
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startBenchEnvironment } from "./bench/environment";
import { numberArg } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";

const ROWS = numberArg("rows", 50_000);
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// A message only the contributor's form uses (messages/en.json contribution.savedAt).
const UNUSED_MESSAGE = "Draft saved at";

const gz = (s: string | Uint8Array) => gzipSync(s, { level: 6 }).byteLength;

// The framework's own chunks (React, Next's router and runtime): every App Router page loads them,
// whatever the page does. Printed apart so the note can say which bytes are the portal's. Read
// once the build exists (startApp builds it: on a fresh clone there is none before).
let framework: Set<string> | undefined;
const frameworkChunks = () =>
  (framework ??= new Set((JSON.parse(readFileSync(".next-bench/build-manifest.json", "utf8")) as { rootMainFiles: string[] }).rootMainFiles.map((f) => `/_next/${f}`)));

async function weigh(base: string, path: string) {
  const html = await (await fetch(base + path)).text();
  // A <script noModule> (Next's legacy polyfills) is neither fetched nor run by a browser that
  // runs modules, i.e. by every browser this portal supports: it is not counted.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1]))];
  let chunkBytes = 0;
  let frameworkBytes = 0;
  for (const src of srcs) {
    const bytes = gz(new Uint8Array(await (await fetch(new URL(src, base))).arrayBuffer()));
    chunkBytes += bytes;
    if (frameworkChunks().has(new URL(src, base).pathname)) frameworkBytes += bytes;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  const inlineBytes = inline ? gz(inline) : 0;
  return {
    js_gzip_bytes: chunkBytes + inlineBytes,
    chunk_js_gzip_bytes: chunkBytes,
    framework_js_gzip_bytes: frameworkBytes,
    portal_js_gzip_bytes: chunkBytes - frameworkBytes + inlineBytes,
    inline_js_gzip_bytes: inlineBytes,
    html_gzip_bytes: gz(html),
    chunks: srcs.length,
    carries_unused_messages: html.includes(UNUSED_MESSAGE),
  };
}

async function lcp(url: string): Promise<{ lcp_ms: number | null; lighthouse_performance: number | null }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
    const lhr = result?.lhr;
    const value = lhr?.audits["largest-contentful-paint"]?.numericValue;
    return { lcp_ms: value === undefined ? null : Math.round(value), lighthouse_performance: lhr?.categories.performance?.score ?? null };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROME_PATH).`);
  const env = await startBenchEnvironment();
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "published");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s.`);
    const base = await env.startApp();
    const pages: [string, string, boolean][] = [
      ["home", "/en", false],
      ["list", "/en/contributions", true],
      ["list-arabic", "/ar/contributions", false],
      ["search", "/en/contributions?q=cybersecurity", false],
      ["contribution", "/en/contributions/WSIS20-C-000001", true],
      ["statistics", "/en/statistics", true],
      ["action-lines", "/en/action-lines", false],
    ];
    for (const [page, path, withLighthouse] of pages) {
      const weight = await weigh(base, path);
      const paint = withLighthouse ? await lcp(base + path) : { lcp_ms: null, lighthouse_performance: null };
      console.log(JSON.stringify({ page, path, ...weight, ...paint, target_js_gzip_bytes: 100_000, target_lcp_ms: 2500 }));
    }
  } finally {
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
