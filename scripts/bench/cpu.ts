/**
 * Where a benchmark's CPU went, read from /proc (Linux only): the CPU time (user + system) of
 * every running process, grouped as the app servers (`next-server`), PostgreSQL (`postgres`
 * backends and their postmaster), the benchmark itself (the load it generates) and everything
 * else on the machine, sampled while a run goes on; what each used, divided by the work done, is
 * what one unit of work costs each part: the figure that sizes a deployment where the parts get
 * their own cores. A process that starts and ends between two samples is missed: pools' connections
 * suit this, a connection per request would not.
 */
import { readFileSync, readdirSync } from "node:fs";

export type CpuSnapshot = Map<number, { group: "app" | "postgres" | "benchmark" | "other"; seconds: number }>;

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

export function cpuSnapshot(): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces, hence the last ')'): utime is the
      // 14th field of the line, stime the 15th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const program = command.split("\0")[0].split("/").pop() ?? "";
      const pid = Number(entry);
      const group = pid === process.pid ? "benchmark" : command.startsWith("next-server") ? "app" : program === "postgres" || command.startsWith("postgres:") ? "postgres" : "other";
      snapshot.set(pid, { group, seconds });
    } catch {
      // the process ended meanwhile
    }
  }
  return snapshot;
}

/**
 * Samples every process's CPU time every `everyMs` until stopped, keeping the last figure seen per
 * process: a pool's connection that closes before the end (idle after the crowd thins out) still
 * counts, up to its last sample. `stop()` ends the window and gives a function of the work done:
 * CPU milliseconds per unit, per group.
 */
export function cpuSampler(everyMs = 500): { stop(): (units: number) => Record<string, number> } {
  const before = cpuSnapshot();
  const last: CpuSnapshot = new Map();
  const sample = () => {
    for (const [pid, seen] of cpuSnapshot()) last.set(pid, seen);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const used: Record<string, number> = { app: 0, postgres: 0, benchmark: 0, other: 0 };
      // A process absent from the first snapshot started in between (a pool's new connection): all
      // its time is the window's.
      for (const [pid, { group, seconds }] of last) used[group] += seconds - (before.get(pid)?.seconds ?? 0);
      return (units) => Object.fromEntries(Object.entries(used).map(([group, seconds]) => [group, Math.round((seconds * 1000 * 10) / Math.max(units, 1)) / 10]));
    },
  };
}
