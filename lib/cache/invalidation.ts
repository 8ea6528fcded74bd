/**
 * Cache invalidation across app servers through PostgreSQL LISTEN/NOTIFY (issue 11): a process
 * that changes what a cache holds announces a topic; every server listening on the channel
 * (this one included) runs the handlers registered for it. Caches stay per process (cheap, no
 * extra server), and are forgotten everywhere within a round trip.
 *
 * The listener is one dedicated connection (LISTEN needs a session of its own: through PgBouncer
 * in transaction mode, give it DATABASE_DIRECT_URL to PostgreSQL itself). It reconnects with
 * back-off; while it is down, a cache's own time limit still bounds how stale it can be.
 */
import pg from "pg";

export const CHANNEL = "wsis_cache";
/**
 * published-list: the published set gained or changed a document (an acceptance, an accepted
 * revision, a republication); published-withdrawn: a document left it (unpublished), which no
 * public page may show a moment longer; campaign-groups: the duplicates page's campaign groups.
 */
export type Topic = "published-list" | "published-withdrawn" | "campaign-groups";

// On globalThis, not in this module: the production build loads this module more than once (the
// startup code that listens, instrumentation-node.ts, and the pages and actions that register
// caches are separate bundles, each with its own copy), and a NOTIFY must reach every copy's caches.
const store = globalThis as unknown as { wsisInvalidationHandlers?: Map<Topic, Set<() => void>>; wsisListening?: boolean };
const handlers = (store.wsisInvalidationHandlers ??= new Map());

/**
 * Is this process hearing other servers' announcements right now (LISTEN in effect)? A cache
 * that must never be stale, like the public pages', keeps nothing while it is not.
 */
export function hearingInvalidations(): boolean {
  return store.wsisListening === true;
}

/** Runs `handler` whenever `topic` is announced, by this process or another. */
export function onInvalidation(topic: Topic, handler: () => void): void {
  (handlers.get(topic) ?? handlers.set(topic, new Set()).get(topic)!).add(handler);
}

function run(topic: string) {
  for (const handler of handlers.get(topic as Topic) ?? []) {
    try {
      handler();
    } catch (e) {
      console.error(`[cache] invalidation handler for ${topic} failed`, e);
    }
  }
}

/**
 * Forgets `topic` here at once and tells the other servers. `notify` sends the NOTIFY (the
 * caller's database client); a failure there is logged, never thrown: the change itself is done.
 */
export async function announceInvalidation(topic: Topic, notify: (channel: string, payload: string) => Promise<unknown>): Promise<void> {
  run(topic);
  await notify(CHANNEL, topic).catch((e) => console.error(`[cache] could not announce ${topic}`, e));
}

export interface Listener {
  stop(): Promise<void>;
  /** Resolves once LISTEN is in effect (tests). */
  ready: Promise<void>;
}

/** Listens on CHANNEL with a connection of its own, reconnecting after 1, 2, 4… 30 s. */
export function listenForInvalidations(connectionString: string): Listener {
  let client: pg.Client | undefined;
  let stopped = false;
  let delay = 1_000;
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString });
    client = c;
    c.on("notification", (m) => m.channel === CHANNEL && m.payload && run(m.payload));
    c.on("error", () => {}); // 'end' follows and reconnects
    c.on("end", () => {
      store.wsisListening = false;
      if (stopped) return;
      setTimeout(() => void connect(), delay).unref();
      delay = Math.min(delay * 2, 30_000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      delay = 1_000;
      // Announcements made while nobody listened are lost: anything may have changed.
      if (store.wsisListening === false) for (const topic of handlers.keys()) run(topic);
      store.wsisListening = true;
      markReady();
    } catch (e) {
      console.error("[cache] invalidation listener could not connect; retrying", (e as Error).message);
      await c.end().catch(() => {});
    }
  };
  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      store.wsisListening = false;
      await client?.end().catch(() => {});
    },
  };
}
