/**
 * The public list's page cache (issue 16). An anonymous page load of /{locale}/contributions,
 * with any search, filter or page, is answered from memory when this server has rendered the
 * same page since the published set last changed: about 2 ms instead of Next's 40–50 ms render.
 *
 * Why here, on the Node server's "request" event (installed with the request stamps,
 * lib/http/request-stamp.ts), and not in Next: every page carries a fresh CSP nonce (proxy.ts),
 * so Next renders each request, although the page is the same for every anonymous visitor. The
 * first rendering is kept with its nonce; each later answer writes a new nonce over the old one
 * (in the HTML and the Link header) and gets a new CSP header, so no two answers share a nonce.
 *
 * What makes a request anonymous: GET, none of Next's router headers (a client navigation asks
 * for the React payload, not the HTML), and no cookie but the language and next-auth's sign-in
 * form cookies (a session, the read-your-writes cookie or anything unknown goes to Next). The key
 * is the URL with the host, the trusted forwarded host and protocol, and whether the development
 * mailbox link shows (the header's only other input).
 *
 * How it stays true. An acceptance, an accepted revision or a republication announces
 * "published-list" (lib/cache/invalidation.ts: every server, within a round trip), which makes
 * every page here stale (and a rendering that began before it, stale from its start); an
 * unpublication announces "published-withdrawn", which forgets them all at once. For
 * STALE_MS after a change, a stale page is still answered while the server renders it afresh
 * in the background (a request of its own to itself, like any visitor's); after that, a stale
 * page is never answered. So a visitor sees the list at most STALE_MS behind a change, as with a
 * lagging replica; whoever made the change reads through Next (their read-your-writes cookie).
 * With a replica (DATABASE_REPLICA_URL) the background rendering waits REPLICA_LAG_MS, so that
 * it reads the change. Anything else a page shows (an organisation's name, a consultation's
 * title) is at most MAX_AGE_MS old. Off in development (a changed component must show) and with
 * PAGE_CACHE=off (docs/deploy.md).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import zlib from "node:zlib";
import { routing } from "@/i18n/routing";
import { onInvalidation } from "@/lib/cache/invalidation";
import { newNonce, pageCsp } from "./security-headers";
import { devMailboxOpenTo } from "./dev-mailbox";
import { CLIENT_HEADER, LISTENER_HEADER } from "./stamp-headers";

const MAX_AGE_MS = 60_000;
const STALE_MS = 5_000;
const REPLICA_LAG_MS = 1_000;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
export const CACHE_HEADER = "x-portal-cache";
const REFRESH_HEADER = "x-portal-page-refresh";
/** A server listening on every address is reached on loopback. */
const ANY_ADDRESS: Record<string, string> = { "0.0.0.0": "127.0.0.1", "::": "::1" };

const PATH = new RegExp(`^/(${routing.locales.join("|")})/contributions$`);
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
const HARMLESS_COOKIE = /^(?:__(?:Host|Secure)-)?(?:NEXT_LOCALE|next-auth\.csrf-token|next-auth\.callback-url)$/;
// What the rendering depends on besides the URL: replayed on a background rendering.
const INPUT_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", CLIENT_HEADER, LISTENER_HEADER];
// Set per request (request-stamp.ts, proxy.ts, Node) or by the answer itself: never replayed.
const NOT_KEPT = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "content-security-policy", "permissions-policy", "strict-transport-security", CACHE_HEADER]);

interface Page {
  html: string;
  nonce: string;
  headers: [string, string | string[]][];
  /** The request's URL and INPUT_HEADERS, to render it again. */
  input: { url: string; headers: Record<string, string> };
  at: number;
  bytes: number;
  /** When the first change this page does not show was announced. */
  staleSince?: number;
  refreshing?: boolean;
}

// On globalThis, as the invalidation handlers are: the production build loads this module in
// more than one bundle, and an acceptance must reach the copy that answers requests.
const store = globalThis as unknown as {
  wsisPageCache?: {
    pages: Map<string, Page>;
    bytes: number;
    /** Counts changes: a rendering that saw another number than now's may miss one. */
    generation: number;
    changedAt: number;
    withdrawnAt: number;
    withdrawnGeneration: number;
    refreshes: Map<string, string>;
  };
};
const cache = (store.wsisPageCache ??= { pages: new Map(), bytes: 0, generation: 0, changedAt: 0, withdrawnAt: 0, withdrawnGeneration: 0, refreshes: new Map() });

onInvalidation("published-list", () => {
  cache.changedAt = Date.now();
  cache.generation++;
  for (const page of cache.pages.values()) page.staleSince ??= cache.changedAt;
});
// An unpublished document is never shown again, not even for a moment.
onInvalidation("published-withdrawn", () => {
  cache.changedAt = cache.withdrawnAt = Date.now();
  cache.withdrawnGeneration = ++cache.generation;
  for (const key of [...cache.pages.keys()]) forgetPage(key);
});

/** How long a replica may take to show a change (0 without one). */
function replicaLag(): number {
  return process.env.DATABASE_REPLICA_URL ? REPLICA_LAG_MS : 0;
}

/** PAGE_CACHE=on|off; unset: on in production builds only. */
function enabled(): boolean {
  const setting = process.env.PAGE_CACHE;
  return setting === "on" || (setting !== "off" && process.env.NODE_ENV === "production");
}

function header(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
}

/** The request's key and locale when the page cache may answer it, else null. */
export function pageCacheKey(req: http.IncomingMessage): { key: string; locale: string; localeCookie: string | undefined } | null {
  if (req.method !== "GET" || !req.url) return null;
  const query = req.url.indexOf("?");
  const locale = PATH.exec(query < 0 ? req.url : req.url.slice(0, query))?.[1];
  if (!locale || ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  // A background request of the client router: next-intl treats it apart (its cookie).
  const dest = header(req, "sec-fetch-dest");
  if (dest !== null && dest !== "document") return null;
  let localeCookie: string | undefined;
  for (const part of (header(req, "cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!name) continue;
    if (!HARMLESS_COOKIE.test(name)) return null;
    if (name === "NEXT_LOCALE") localeCookie = part.slice(eq + 1).trim();
  }
  const mailbox = devMailboxOpenTo({ get: (name) => header(req, name) });
  const key = [header(req, "host"), header(req, "x-forwarded-host"), header(req, "x-forwarded-proto"), mailbox ? "mailbox" : "", req.url].join("\n");
  return { key, locale, localeCookie };
}

function acceptsGzip(req: http.IncomingMessage): boolean {
  return (header(req, "accept-encoding") ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Answers `req` from the cache (true), or lets Next answer it (false), keeping Next's answer
 * when it may serve the next anonymous visitor. `server` is the one that received `req`.
 */
export function answerFromPageCache(req: http.IncomingMessage, res: http.ServerResponse, server: http.Server): boolean {
  const refresh = header(req, REFRESH_HEADER);
  if (refresh !== null) return acceptRefresh(req, res, refresh);
  if (!enabled()) return false;
  const request = pageCacheKey(req);
  if (!request) return false;
  const page = cache.pages.get(request.key);
  const now = Date.now();
  if (page && now - page.at < MAX_AGE_MS && (page.staleSince === undefined || now - page.staleSince < STALE_MS)) {
    cache.pages.delete(request.key); // most recently used last
    cache.pages.set(request.key, page);
    if (page.staleSince !== undefined) refreshInBackground(server, request.key, page);
    send(req, res, page, request.localeCookie === request.locale ? undefined : localeCookie(request.locale), page.staleSince === undefined ? "hit" : "stale");
    return true;
  }
  res.setHeader(CACHE_HEADER, "miss");
  keepWhatNextSends(req, res, request.key, request.locale);
  return false;
}

/**
 * The language cookie next-intl sets on a page load whose cookie is missing or names another
 * language (its default cookie: i18n/routing.ts sets none of its own). next-intl leaves it out
 * when the browser's Accept-Language already picks the page's language; a hit sets it all the
 * same, which records the very language the browser would pick.
 */
function localeCookie(locale: string): string {
  return `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, page: Page, cookie: string | undefined, state: string) {
  const nonce = newNonce();
  for (const [name, value] of page.headers) res.setHeader(name, typeof value === "string" ? value.replaceAll(page.nonce, nonce) : value.map((v) => v.replaceAll(page.nonce, nonce)));
  res.setHeader("Content-Security-Policy", pageCsp(nonce));
  if (cookie) res.setHeader("Set-Cookie", cookie);
  res.setHeader(CACHE_HEADER, state);
  let body = Buffer.from(page.html.replaceAll(page.nonce, nonce));
  // As next.config.js's `compress` (COMPRESS=off: the proxy compresses), at Next's level.
  if (process.env.COMPRESS !== "off" && acceptsGzip(req)) {
    body = zlib.gzipSync(body);
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.statusCode = 200;
  res.end(body);
}

/**
 * Renders a stale page again: a GET to this server with the page's URL and inputs, and a
 * one-time token that makes it a rendering to keep rather than a visitor to answer. On failure
 * the page is dropped (the next visitor waits for Next, as on a miss).
 */
function refreshInBackground(server: http.Server, key: string, page: Page) {
  if (page.refreshing) return;
  page.refreshing = true;
  const token = randomUUID();
  const drop = () => {
    cache.refreshes.delete(token);
    if (cache.pages.get(key) === page) forgetPage(key);
  };
  const start = () => {
    const address = server.address() as AddressInfo | string | null;
    if (address === null) return drop();
    cache.refreshes.set(token, key);
    const target = typeof address === "string" ? { socketPath: address } : { host: ANY_ADDRESS[address.address] ?? address.address, port: address.port };
    // Once it is answered, the page is either replaced (kept at its end) or dropped.
    const req = http.get({ ...target, path: page.input.url, headers: { ...page.input.headers, "accept-encoding": "identity", [REFRESH_HEADER]: token }, timeout: 10_000, agent: false }, (res) => {
      res.resume();
      res.on("end", drop);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", drop);
  };
  // A replica may not have replayed the change yet: render once it has.
  const wait = Math.max(0, cache.changedAt + replicaLag() - Date.now());
  if (wait > 0) setTimeout(start, wait).unref();
  else start();
}

/** A background rendering's request: rendered by Next with the page's inputs, and kept. */
function acceptRefresh(req: http.IncomingMessage, res: http.ServerResponse, token: string): boolean {
  delete req.headers[REFRESH_HEADER];
  const key = cache.refreshes.get(token);
  const page = key === undefined ? undefined : cache.pages.get(key);
  if (key === undefined || !page) return false; // not ours (or too late): an ordinary request
  // This request's stamps are the loopback connection's: the page's own inputs instead.
  Object.assign(req.headers, page.input.headers);
  keepWhatNextSends(req, res, key, PATH.exec(page.input.url.split("?")[0])![1]);
  return false;
}

type Write = (chunk: unknown, ...rest: unknown[]) => unknown;

/** Copies what Next writes (after its compression) and keeps it once the answer is complete. */
function keepWhatNextSends(req: http.IncomingMessage, res: http.ServerResponse, key: string, locale: string) {
  const generation = cache.generation;
  const at = Date.now();
  const chunks: Buffer[] = [];
  let size = 0;
  const copy = (chunk: unknown, encoding: unknown) => {
    if (size > MAX_PAGE_BYTES || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const b = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    chunks.push(b);
    size += b.length;
  };
  const write = res.write as Write;
  const end = res.end as Write;
  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    return write.call(this, chunk, ...rest);
  } as typeof res.write;
  // Below Next's compression (installed before it): when it calls this end, the whole answer has
  // been written through here.
  res.end = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    const result = end.call(this, chunk, ...rest);
    try {
      const input = { url: req.url!, headers: Object.fromEntries(INPUT_HEADERS.flatMap((h) => (req.headers[h] === undefined ? [] : [[h, header(req, h)!]]))) };
      keep(res, key, locale, { generation, at, input }, Buffer.concat(chunks), size);
    } catch (e) {
      console.error("[page-cache] could not keep a page", e);
    }
    return result;
  } as typeof res.end;
}

function forgetPage(key: string) {
  const page = cache.pages.get(key);
  if (!page) return;
  cache.pages.delete(key);
  cache.bytes -= page.bytes;
}

function keep(res: http.ServerResponse, key: string, locale: string, rendering: { generation: number; at: number; input: Page["input"] }, raw: Buffer, size: number) {
  if (res.statusCode !== 200 || size > MAX_PAGE_BYTES) return;
  // It may show a document unpublished since it began (or not yet gone from a replica).
  if (rendering.generation < cache.withdrawnGeneration || rendering.at < cache.withdrawnAt + replicaLag()) return;
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
  const nonce = /'nonce-([^']+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
  if (!nonce) return;
  const setCookie = res.getHeader("set-cookie");
  const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  if (cookies.length > 1 || (cookies.length === 1 && !cookies[0].startsWith(`NEXT_LOCALE=${locale};`))) return;
  const decode: Record<string, (b: Buffer) => Buffer> = { identity: (b) => b, gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync };
  const decoder = decode[String(res.getHeader("content-encoding") ?? "identity")];
  if (!decoder) return;
  const html = decoder(raw).toString("utf8");
  if (!html.trimEnd().endsWith("</html>")) return; // cut short (the visitor left mid-answer)
  const headers = Object.entries(res.getHeaders())
    .filter(([name, value]) => !NOT_KEPT.has(name) && value !== undefined)
    .map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)]);
  forgetPage(key);
  const bytes = html.length * 2;
  // A change announced while it rendered may be missing: stale from the rendering's start. So
  // may one a replica had not replayed yet: stale from the change.
  const staleSince = rendering.generation !== cache.generation ? rendering.at : rendering.at < cache.changedAt + replicaLag() ? cache.changedAt : undefined;
  cache.pages.set(key, { html, nonce, headers, input: rendering.input, at: rendering.at, bytes, staleSince });
  cache.bytes += bytes;
  for (const [k] of cache.pages) {
    if (cache.bytes <= MAX_BYTES) break;
    forgetPage(k);
  }
}
