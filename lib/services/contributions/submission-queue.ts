/**
 * The deadline crowd (issue 11): submissions are written SUBMIT_CONCURRENCY at a time; the rest
 * wait their turn in a bounded queue (p-queue) instead of all asking the connection pool at once,
 * which made Prisma give up with P2028 ("unable to start a transaction in the given time") at
 * 200 concurrent submissions. Each one holds the gapless counter's row lock only for its last
 * statements (submit-contribution.ts), so a few at a time keep PostgreSQL busy without queuing
 * connections behind that lock.
 *
 * Beyond capacity the answer is BUSY, never a lost or half-written submission: when the queue is
 * full (SUBMIT_QUEUE_MAX waiting) or a submission has waited longer than SUBMIT_QUEUE_WAIT_MS
 * since it arrived. BUSY is retryable: the form keeps everything and sends it again with the same
 * idempotency key, so a retry never makes a second contribution.
 *
 * The deadline is judged by the caller at arrival, before the wait: a person who pressed
 * "Submit" at 23:59:59 is not refused because the queue made it 00:00:03.
 */
import PQueue from "p-queue";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

let queue: PQueue | undefined;
const RETRY_AFTER_S = 5;

function theQueue(): PQueue {
  return (queue ??= new PQueue({ concurrency: env().SUBMIT_CONCURRENCY }));
}

/** Runs `work` in its turn; refuses with AppError BUSY { retryAfter } beyond capacity (see above). */
export async function inSubmissionQueue<T>(arrivedAt: Date, work: () => Promise<T>): Promise<T> {
  const q = theQueue();
  const { SUBMIT_QUEUE_MAX, SUBMIT_QUEUE_WAIT_MS } = env();
  if (q.size >= SUBMIT_QUEUE_MAX) throw new AppError("BUSY", { retryAfter: RETRY_AFTER_S });
  return q.add(
    async () => {
      if (Date.now() - arrivedAt.getTime() > SUBMIT_QUEUE_WAIT_MS) throw new AppError("BUSY", { retryAfter: RETRY_AFTER_S });
      return work();
    },
    { throwOnTimeout: true },
  );
}

const inFlight = new Map<string, Promise<unknown>>();
/** The longest a call waits for the one before it: a call stuck on a dead connection must not hold its key's retries for good. */
export const SAME_KEY_WAIT_MS = 10_000;

/**
 * Runs `work` once the previous call with the same `key` on this server has settled (succeeded or
 * failed), or after SAME_KEY_WAIT_MS, whichever comes first; calls with one key run one after
 * the other. A double click sends the same submission twice at once; run side by side, the
 * second wrote the whole submission a second time (counter row locked, search columns computed,
 * index entries made) only for the unique index on the form's key to refuse it at the end, and
 * then looked the first up: about a sixth of the database's work at a deadline where one
 * submission in five is double-clicked (issue 11). Run after it, the second finds the first's
 * submission by its key before writing anything and returns it (submit-contribution.ts). Requests
 * that reach different servers (a balancer without affinity) do not wait: the unique index still
 * decides, as before.
 */
export function afterSameKey<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = inFlight.get(key);
  const run = previous ? settledOrLate(previous).then(work) : work();
  inFlight.set(key, run);
  const forget = () => {
    if (inFlight.get(key) === run) inFlight.delete(key);
  };
  run.then(forget, forget);
  return run;
}

function settledOrLate(previous: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, SAME_KEY_WAIT_MS)));
  const settled = previous.then(
    () => {},
    () => {},
  );
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

/** Waiting and running submissions (for tests and the logs). */
export function submissionQueueState() {
  const q = theQueue();
  return { waiting: q.size, running: q.pending };
}
