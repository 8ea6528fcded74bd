/**
 * `npm run bench:export`: the secretariat's exports of 10,000 contributions over HTTP.
 *
 * Seeds its own embedded PostgreSQL (scripts/bench: 10,000 accepted contributions in the six
 * languages, bodies of a few thousand characters, 40 organisations), serves the production build
 * (`.next-bench`; `--skip-build` reuses it), signs secretariat@example.org in with a session row,
 * warms each format's code with an empty export (a filter that matches nothing), then downloads
 * GET /api/secretariat/export?format=… for csv, xlsx, json and docx one after another, reading
 * each body to its end without keeping it.
 *
 * For CSV and JSON the yardstick is PostgreSQL's own `COPY (the same rows and columns) TO STDOUT`
 * (scripts/bench/bare.ts COPY_OF), timed in the same run right after each download; both are
 * measured `--rounds=3` times, alternately, and the medians compared ("all_seconds",
 * "all_copy_seconds" list each one; CPU and memory are of the first round).
 *
 * Prints one JSON line per format: {"format", "rows", "seconds" (request to last byte), "bytes"
 * (decompressed), "wire_bytes" (as sent),
 * "target_s", "copy_seconds", "copy_bytes", "ratio" (seconds / copy_seconds), "target_ratio": 5
 * (CSV and JSON only), "cpu_s" and "copy_cpu_s" (CPU seconds each part used meanwhile: the app
 * server, PostgreSQL, this script reading the answer, the rest of the machine), "peak_rss_mib" (highest VmRSS of the next-server process sampled every 50 ms during
 * that download), "hwm_mib" (its VmHWM afterwards: the peak since the server started, so it
 * covers everything before too), "rss_target_mib": 400}. Targets: CSV and JSON ≤ 5 s, XLSX ≤ 15 s,
 * DOCX ≤ 30 s, peak RSS ≤ 400 MB throughout; CSV and JSON ≤ 5× COPY. `--formats=csv,docx`
 * measures only those; `--rows=1000` seeds fewer (small settings while others use the machine).
 * Everything it started is stopped and its temporary directory deleted, also on failure.
 */
import http from "node:http";
import { loadavg } from "node:os";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { startBenchEnvironment } from "./bench/environment";
import { numberArg, percentile, signIn } from "./bench/measure";
import { seedContributions } from "./bench/seed-contributions";
import { memory, nextServerPid, sampleRss } from "./bench/memory";
import { COPY_OF, timeCopy } from "./bench/bare";
import { cpuSampler } from "./bench/cpu";

const ROWS = numberArg("rows", 10_000);
const TARGETS: Record<string, number> = { csv: 5, json: 5, xlsx: 15, docx: 30 };
/** Downloads and COPYs of CSV and JSON per run (the medians are compared). */
const ROUNDS = numberArg("rounds", 3);

const median = (values: number[]) => percentile(values, 50);

/**
 * Downloads `url` as a browser would (asking for a compressed answer, decompressing it), counting
 * the decompressed bytes; returns seconds to the last byte. Through `node:http` and a zlib stream,
 * not `fetch`: this script shares the two cores with the server it measures, and undici's fetch
 * spent more of them reading the answer (see scripts/bench/http-post.ts for the crowd's client).
 */
function download(url: string, cookie: string): Promise<{ seconds: number; bytes: number; wireBytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie, "accept-encoding": "gzip, deflate, br" } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`${url} answered ${res.statusCode}`));
      }
      const encoding = res.headers["content-encoding"];
      const body = encoding === "gzip" ? res.pipe(createGunzip()) : encoding === "br" ? res.pipe(createBrotliDecompress()) : encoding === "deflate" ? res.pipe(createInflate()) : res;
      let bytes = 0;
      let wireBytes = 0;
      res.on("data", (c: Buffer) => (wireBytes += c.byteLength));
      body.on("data", (c: Buffer) => (bytes += c.byteLength));
      body.on("error", reject);
      res.on("error", reject);
      body.on("end", () => resolve({ seconds: Math.round(performance.now() - started) / 1000, bytes, wireBytes }));
    });
    request.on("error", reject);
  });
}

async function main() {
  const only = process.argv.find((a) => a.startsWith("--formats="))?.slice("--formats=".length).split(",");
  const formats = Object.keys(TARGETS).filter((f) => !only || only.includes(f));
  const env = await startBenchEnvironment();
  try {
    const seconds = await seedContributions(env.databaseUrl, ROWS, "published");
    console.error(`Seeded ${ROWS} contributions in ${seconds} s.`);
    const base = await env.startApp();
    const pid = nextServerPid(env.serverPid!);
    if (!pid) throw new Error("no next-server process found under `next start`");
    const cookie = await signIn(env.databaseUrl, "secretariat@example.org");
    const url = (format: string, extra = "") => `${base}/api/secretariat/export?format=${format}&locale=en${extra}`;
    for (const format of formats) await download(url(format, "&status=REJECTED"), cookie); // warm-up: no rows
    for (const format of formats) {
      // CSV and JSON take about two seconds, and a single COPY a few tenths, where the machine's
      // noise is a large share: each is measured ROUNDS times, alternately, and the medians are
      // compared (every figure is printed). XLSX and DOCX once.
      const rounds = COPY_OF[format] ? ROUNDS : 1;
      const downloads: number[] = [];
      const copies: number[] = [];
      let bytes = 0;
      let wireBytes = 0;
      let copyBytes = 0;
      let peak = 0;
      let cpuSeconds: Record<string, number> = {};
      let copyCpuSeconds: Record<string, number> = {};
      for (let round = 0; round < rounds; round++) {
        const sampler = sampleRss(pid);
        // CPU by part in the first round only: sampling reads /proc for every process, work that
        // would otherwise run beside every download it measures.
        const cpu = round === 0 ? cpuSampler(250) : undefined;
        const got = await download(url(format), cookie);
        if (cpu) cpuSeconds = cpu.stop()(1000);
        peak = Math.max(peak, sampler.stop());
        downloads.push(got.seconds);
        bytes = got.bytes;
        wireBytes = got.wireBytes;
        if (!COPY_OF[format]) continue;
        const copyCpu = round === 0 ? cpuSampler(250) : undefined;
        const copy = await timeCopy(env.databaseUrl, COPY_OF[format]);
        if (copyCpu) copyCpuSeconds = copyCpu.stop()(1000);
        copies.push(copy.seconds);
        copyBytes = copy.bytes;
      }
      const took = median(downloads);
      const vsCopy = copies.length
        ? { copy_seconds: median(copies), copy_bytes: copyBytes, ratio: Math.round((took / Math.max(median(copies), 0.001)) * 10) / 10, target_ratio: 5, cpu_s: cpuSeconds, copy_cpu_s: copyCpuSeconds, all_seconds: downloads, all_copy_seconds: copies }
        : { cpu_s: cpuSeconds };
      console.log(
        JSON.stringify({ format, rows: ROWS, seconds: took, bytes, wire_bytes: wireBytes, target_s: TARGETS[format], ...vsCopy, peak_rss_mib: peak, hwm_mib: memory(pid).hwmMiB, rss_target_mib: 400, load1: Math.round(loadavg()[0] * 10) / 10 }),
      );
    }
  } finally {
    await env.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
