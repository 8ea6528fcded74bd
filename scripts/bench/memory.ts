/**
 * Memory of the served app, read from /proc (Linux only): the `next-server` process that
 * `next start` runs (found among its descendants), its resident set now (VmRSS) and its peak
 * since it started (VmHWM), in MiB (kB / 1024, one decimal). A sampler polls VmRSS while a
 * request runs, so a benchmark can report the peak during that request as well as the all-time
 * high-water mark.
 */
import { readFileSync, readdirSync } from "node:fs";

/** The pid of the process named next-server among `root` and its descendants, if any. */
export function nextServerPid(root: number): number | undefined {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server")) return pid;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return undefined;
}

/** VmHWM (peak resident set since start) and VmRSS (now) of `pid`, in MiB. */
export function memory(pid: number): { hwmMiB: number; rssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { hwmMiB: Math.round(kb("VmHWM") / 102.4) / 10, rssMiB: Math.round(kb("VmRSS") / 102.4) / 10 };
}

/** Samples VmRSS of `pid` every `everyMs` ms until stopped; `stop()` returns the highest seen (MiB). */
export function sampleRss(pid: number, everyMs = 50): { stop(): number } {
  let peak = memory(pid).rssMiB;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memory(pid).rssMiB);
    } catch {
      // the process ended: keep the last peak
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, memory(pid).rssMiB);
    },
  };
}
