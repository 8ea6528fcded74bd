/**
 * What the public list's page cache keeps, and when a kept page is stale or forgotten (the
 * invariants; why: docs/decisions/007):
 * - "published-list" (a publication) makes every page stale: answered for at most STALE_MS more,
 *   while it is rendered again;
 * - "published-withdrawn" (an unpublication) forgets every page at once, and a rendering begun
 *   before it is never kept;
 * - while this process does not hear other servers' announcements, nothing is answered or kept;
 * - any page is at most MAX_AGE_MS old (what no announcement covers: an organisation's name);
 * - at most MAX_BYTES of pages, least recently used out first.
 */
import { hearingInvalidations, onInvalidation } from "@/lib/cache/invalidation";

const STALE_MS = 5_000;
const MAX_AGE_MS = 60_000;
const MAX_BYTES = 32 * 1024 * 1024;
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export interface Page {
  html: string;
  nonce: string;
  headers: [string, string | string[]][];
  /** The request's URL and the headers the page depends on, to render it again. */
  input: { url: string; headers: Record<string, string> };
  at: number;
  bytes: number;
  /** When the first change this page does not show was announced. */
  staleSince?: number;
  renewing?: boolean;
}

/** Taken when a rendering begins: what it may miss is judged against it when it ends. */
export interface Rendering {
  generation: number;
  at: number;
}

// On globalThis, as the invalidation handlers are: the production build loads this module in
// more than one bundle, and an announcement must reach the copy that answers requests.
const store = globalThis as unknown as {
  wsisPageCache?: { pages: Map<string, Page>; bytes: number; generation: number; withdrawnGeneration: number };
};
const cache = (store.wsisPageCache ??= { pages: new Map(), bytes: 0, generation: 0, withdrawnGeneration: 0 });

onInvalidation("published-list", () => {
  const now = Date.now();
  cache.generation++;
  for (const page of cache.pages.values()) page.staleSince ??= now;
});
onInvalidation("published-withdrawn", () => {
  cache.withdrawnGeneration = ++cache.generation;
  for (const key of [...cache.pages.keys()]) forget(key);
});

export function beginRendering(): Rendering {
  return { generation: cache.generation, at: Date.now() };
}

/** The page to answer `key` with (most recently used from now on), or undefined. */
export function usablePage(key: string): Page | undefined {
  const page = cache.pages.get(key);
  if (!page || !hearingInvalidations()) return undefined;
  const now = Date.now();
  if (now - page.at >= MAX_AGE_MS || (page.staleSince !== undefined && now - page.staleSince >= STALE_MS)) return undefined;
  cache.pages.delete(key);
  cache.pages.set(key, page);
  return page;
}

/**
 * Keeps a complete rendering, unless it may show a document unpublished since it began; returns
 * why it did not (for the log), or undefined.
 */
export function keepPage(key: string, rendering: Rendering, page: Omit<Page, "at" | "bytes" | "staleSince">): string | undefined {
  if (rendering.generation < cache.withdrawnGeneration) return "a document was unpublished while it rendered";
  if (!hearingInvalidations()) return "not hearing other servers' announcements";
  const bytes = page.html.length * 2;
  if (bytes > MAX_PAGE_BYTES) return "too large";
  forget(key);
  // A publication announced while it rendered may be missing: stale from the rendering's start.
  const staleSince = rendering.generation === cache.generation ? undefined : rendering.at;
  cache.pages.set(key, { ...page, at: rendering.at, bytes, staleSince });
  cache.bytes += bytes;
  for (const k of cache.pages.keys()) {
    if (cache.bytes <= MAX_BYTES) break;
    forget(k);
  }
}

export function forget(key: string): void {
  const page = cache.pages.get(key);
  if (!page) return;
  cache.pages.delete(key);
  cache.bytes -= page.bytes;
}

/** The page kept under `key` now (a background rendering finds its inputs; a refresh, whether it replaced its page). */
export function keptPage(key: string): Page | undefined {
  return cache.pages.get(key);
}
