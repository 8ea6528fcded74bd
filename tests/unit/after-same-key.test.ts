/**
 * afterSameKey (submission-queue.ts): on one server, a form's second request (double click) starts
 * only once the first has settled (or after SAME_KEY_WAIT_MS), so it finds the first's submission
 * instead of writing it again.
 */
import { describe, expect, it, vi } from "vitest";
import { afterSameKey, SAME_KEY_WAIT_MS } from "@/lib/services/contributions/submission-queue";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("afterSameKey", () => {
  it("starts a call with the same key only when the earlier one has succeeded", async () => {
    const first = deferred<string>();
    const started: string[] = [];
    const a = afterSameKey("k1", () => (started.push("a"), first.promise));
    const b = afterSameKey("k1", async () => (started.push("b"), "b"));
    await tick();
    expect(started).toEqual(["a"]);
    first.resolve("a");
    expect(await a).toBe("a");
    expect(await b).toBe("b");
    expect(started).toEqual(["a", "b"]);
  });

  it("starts it too when the earlier one failed, and does not pass the failure on", async () => {
    const first = deferred<string>();
    const a = afterSameKey("k2", () => first.promise);
    const b = afterSameKey("k2", async () => "b");
    first.reject(new Error("refused"));
    await expect(a).rejects.toThrow("refused");
    expect(await b).toBe("b");
  });

  it("runs calls with different keys side by side, and forgets a key once its call settled", async () => {
    const first = deferred<string>();
    const started: string[] = [];
    const a = afterSameKey("k3", () => (started.push("a"), first.promise));
    const other = afterSameKey("k4", async () => (started.push("other"), "other"));
    expect(await other).toBe("other");
    expect(started).toEqual(["a", "other"]);
    first.resolve("a");
    await a;
    await tick();
    const later: string[] = [];
    const c = afterSameKey("k3", async () => (later.push("c"), "c"));
    expect(later).toEqual(["c"]); // started at once: nothing earlier with k3 is in flight
    expect(await c).toBe("c");
  });

  it("runs three calls with one key one after the other", async () => {
    const gates = [deferred<void>(), deferred<void>()];
    const started: string[] = [];
    const a = afterSameKey("k5", () => (started.push("a"), gates[0].promise));
    const b = afterSameKey("k5", () => (started.push("b"), gates[1].promise));
    const c = afterSameKey("k5", async () => void started.push("c"));
    gates[0].resolve();
    await a;
    await tick();
    expect(started).toEqual(["a", "b"]); // c waits for b, not only for a
    gates[1].resolve();
    await Promise.all([b, c]);
    expect(started).toEqual(["a", "b", "c"]);
  });

  it("stops waiting for a call that never settles after SAME_KEY_WAIT_MS", async () => {
    vi.useFakeTimers();
    try {
      const started: string[] = [];
      void afterSameKey("k6", () => new Promise(() => {})); // stuck, e.g. on a dead connection
      const b = afterSameKey("k6", async () => (started.push("b"), "b"));
      await vi.advanceTimersByTimeAsync(SAME_KEY_WAIT_MS - 1);
      expect(started).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(await b).toBe("b");
    } finally {
      vi.useRealTimers();
    }
  });
});
