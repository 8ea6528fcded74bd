/**
 * The cluster's watchdog (scripts/lib/cluster.ts): a separate process, in its own process group,
 * connected to its parent by Node's IPC channel. The parent sends it every process it starts
 * ({ pid, group, signal }); when the channel closes (the parent exited, however it ended: Ctrl-C,
 * a kill, even SIGKILL, which no handler of the parent could catch) it sends each process its
 * signal, then SIGKILL to whatever still runs five seconds later, and exits. So `npm run cluster`
 * leaves no orphan: PostgreSQL, PgBouncer, nginx, the app servers all end with it.
 */
"use strict";
const watched = new Map();
// Terminal signals are the parent's business: only the closed channel ends the watchdog.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => {});

const send = (entry, signal) => {
  try {
    process.kill(entry.group ? -entry.pid : entry.pid, signal);
  } catch {
    // already gone
  }
};
const alive = (entry) => {
  try {
    process.kill(entry.pid, 0);
    return true;
  } catch {
    return false;
  }
};

process.on("message", (m) => {
  if (m && m.forget) watched.delete(m.pid);
  else if (m && m.pid) watched.set(m.pid, { pid: m.pid, group: Boolean(m.group), signal: m.signal || "SIGTERM" });
});
process.on("disconnect", () => {
  for (const entry of watched.values()) send(entry, entry.signal);
  const started = Date.now();
  const timer = setInterval(() => {
    const left = [...watched.values()].filter(alive);
    if (left.length === 0) process.exit(0);
    if (Date.now() - started > 5000) {
      for (const entry of left) send(entry, "SIGKILL");
      process.exit(0);
    }
  }, 100);
  void timer;
});
