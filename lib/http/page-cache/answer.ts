/**
 * The public list's page cache, request side (issue 16; why and how: docs/decisions/007). Runs
 * on the Node server's "request" event before Next (lib/http/request-stamp.ts). An anonymous page
 * load of /{locale}/contributions (any search, filter or page) that this server has rendered
 * since the last change is answered from memory with a fresh nonce; anything else goes to Next,
 * whose answer is kept when it may serve the next anonymous visitor (store.ts says how long).
 *
 * The nonce: every page carries a CSP nonce made per request (proxy.ts), in the header, the
 * script tags and the Link header. A kept page keeps its nonce; each answer writes a new one over
 * it and sends a new CSP header, so no two answers share one. (Stored text cannot contain the
 * new nonce: it did not exist when the page was rendered.)
 */
import type http from "node:http";
import zlib from "node:zlib";
// Next's own test (not a public export): the same answer as the one it renders by.
import { isBot } from "next/dist/shared/lib/router/utils/is-bot";
import { routing } from "@/i18n/routing";
import { newNonce, pageCsp } from "../security-headers";
import { devMailboxOpenTo } from "../dev-mailbox";
import { cookiePart } from "../cookies";
import { CLIENT_HEADER, LISTENER_HEADER, READ_PRIMARY_HEADER } from "../stamp-headers";
import { beginRendering, keepPage, keptPage, MAX_PAGE_BYTES, usablePage, type Page, type Rendering } from "./store";
import { claimRefresh, REFRESH_HEADER, renewInBackground } from "./refresh";
import { compressAnswer, serverCompresses } from "../compression";

const CACHE_HEADER = "x-portal-cache";
const PATH = new RegExp(`^/(${routing.locales.join("|")})/contributions$`);
// A client navigation asks for the React payload, not the HTML.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
// The language, and next-auth's sign-in form: none says who is reading. Any other cookie (a
// session, the read-your-writes cookie of whoever just changed something) goes to Next.
const HARMLESS_COOKIE = /^(?:NEXT_LOCALE|(?:__Secure-|__Host-)?next-auth\.(?:csrf-token|callback-url))$/;
// What a rendering reads from the request besides URL and cookies: kept to render it again.
const INPUT_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", CLIENT_HEADER, LISTENER_HEADER];
// Set per answer (request-stamp.ts, proxy.ts, Node, here): never replayed.
const NOT_KEPT = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "content-security-policy", "permissions-policy", "strict-transport-security", CACHE_HEADER]);

/** PAGE_CACHE=on|off; unset: on in production builds only (a changed component must show). */
function enabled(): boolean {
  const setting = process.env.PAGE_CACHE;
  return setting === "on" || (setting !== "off" && process.env.NODE_ENV === "production");
}

function header(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
}

/** The request's key and language when the cache may answer it, else null. */
function pageCacheKey(req: http.IncomingMessage): { key: string; locale: string; localeCookie: string | undefined } | null {
  if (req.method !== "GET" || !req.url) return null;
  const query = req.url.indexOf("?");
  const locale = PATH.exec(query < 0 ? req.url : req.url.slice(0, query))?.[1];
  if (!locale || ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  // next-intl's cookie and Next's metadata differ for the client router's background requests
  // and for crawlers (Next streams metadata only to browsers): those go to Next.
  const dest = header(req, "sec-fetch-dest");
  if ((dest !== null && dest !== "document") || isBot(header(req, "user-agent") ?? "")) return null;
  let localeCookie: string | undefined;
  for (const part of (header(req, "cookie") ?? "").split(";")) {
    const { name, value } = cookiePart(part);
    if (!name) continue;
    if (!HARMLESS_COOKIE.test(name)) return null;
    if (name === "NEXT_LOCALE") localeCookie = value;
  }
  const mailbox = devMailboxOpenTo({ get: (name) => header(req, name) });
  const key = [header(req, "host"), header(req, "x-forwarded-host"), header(req, "x-forwarded-proto"), mailbox ? "mailbox" : "", req.url].join("\n");
  return { key, locale, localeCookie };
}

/**
 * Answers `req` from the cache (true), or leaves it to Next (false), keeping Next's answer when
 * it may serve the next anonymous visitor. `server` received `req` (a stale page is rendered
 * again through it).
 */
export function answerFromPageCache(req: http.IncomingMessage, res: http.ServerResponse, server: http.Server): boolean {
  const token = header(req, REFRESH_HEADER);
  if (token !== null) {
    delete req.headers[REFRESH_HEADER];
    const key = claimRefresh(token);
    const page = key === undefined ? undefined : keptPage(key);
    if (key !== undefined && page) {
      // This request's stamps are the loopback connection's: the page's own inputs instead.
      Object.assign(req.headers, page.input.headers);
      renderToKeep(req, res, key);
      return false;
    }
  }
  if (!enabled()) return false;
  const request = pageCacheKey(req);
  if (!request) return false;
  const page = usablePage(request.key);
  if (!page) {
    res.setHeader(CACHE_HEADER, "miss");
    renderToKeep(req, res, request.key);
    return false;
  }
  if (page.staleSince !== undefined) renewInBackground(server, request.key, page);
  send(req, res, page, request.localeCookie === request.locale ? undefined : localeCookie(request.locale), page.staleSince === undefined ? "hit" : "stale");
  return true;
}

/**
 * The language cookie next-intl sets on a page load whose cookie is missing or names another
 * language (its default cookie: i18n/routing.ts configures none). next-intl leaves it out when
 * the browser's Accept-Language already picks the page's language; a hit sets it all the same,
 * which records the very language the browser would pick.
 */
function localeCookie(locale: string): string {
  return `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, page: Page, cookie: string | undefined, state: "hit" | "stale") {
  const nonce = newNonce();
  for (const [name, value] of page.headers) res.setHeader(name, typeof value === "string" ? value.replaceAll(page.nonce, nonce) : value.map((v) => v.replaceAll(page.nonce, nonce)));
  res.setHeader("Content-Security-Policy", pageCsp(nonce));
  if (cookie) res.setHeader("Set-Cookie", cookie);
  res.setHeader(CACHE_HEADER, state);
  const body = Buffer.from(page.html.replaceAll(page.nonce, nonce));
  res.setHeader("Content-Length", body.length);
  // As Next compresses its own answers (COMPRESS=off: the proxy compresses).
  if (serverCompresses()) compressAnswer(req, res, "page");
  res.statusCode = 200;
  res.end(body);
}

type Write = (chunk: unknown, ...rest: unknown[]) => unknown;

/**
 * Lets Next render `req` from the primary database (a replica may not show the latest change
 * yet: lib/http/read-your-writes.ts), copies what it writes, and keeps it under `key` when it is
 * a complete page that may serve anyone. The copy sits below Next's compression (installed
 * before it): when Next calls this `end`, the whole answer has been written through here.
 */
function renderToKeep(req: http.IncomingMessage, res: http.ServerResponse, key: string) {
  req.headers[READ_PRIMARY_HEADER] = "1";
  const rendering = beginRendering();
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
  res.end = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0]);
    const result = end.call(this, chunk, ...rest);
    try {
      if (size <= MAX_PAGE_BYTES) keep(req, res, key, rendering, Buffer.concat(chunks));
      else notKept(req.url, "too large");
    } catch (e) {
      console.error("[page-cache] could not keep a page", e);
    }
    return result;
  } as typeof res.end;
}

const DECODE: Record<string, (b: Buffer) => Buffer> = { identity: (b) => b, gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync };

/** Why a rendering was not kept, in the log when PAGE_CACHE_DEBUG=1 (the browser tests set it). */
function notKept(url: string | undefined, reason: string): void {
  if (process.env.PAGE_CACHE_DEBUG === "1") console.error(`[page-cache] not kept ${url}: ${reason}`);
}

function keep(req: http.IncomingMessage, res: http.ServerResponse, key: string, rendering: Rendering, raw: Buffer) {
  if (res.statusCode !== 200 || !String(res.getHeader("content-type") ?? "").startsWith("text/html")) return notKept(req.url, `status ${res.statusCode}`);
  const nonce = /'nonce-([^']+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
  const decode = DECODE[String(res.getHeader("content-encoding") ?? "identity")];
  if (!nonce || !decode) return notKept(req.url, "no nonce, or an unknown encoding");
  // Nothing but next-intl's language cookie, which a hit sets by itself.
  const setCookie = res.getHeader("set-cookie");
  const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  if (cookies.some((c) => !c.startsWith("NEXT_LOCALE="))) return notKept(req.url, "sets a cookie");
  const html = decode(raw).toString("utf8");
  if (!html.trimEnd().endsWith("</html>")) return notKept(req.url, "cut short");
  const headers = Object.entries(res.getHeaders())
    .filter(([name, value]) => !NOT_KEPT.has(name) && value !== undefined)
    .map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)]);
  const input = { url: req.url!, headers: Object.fromEntries(INPUT_HEADERS.flatMap((h) => (req.headers[h] === undefined ? [] : [[h, header(req, h)!]]))) };
  const refused = keepPage(key, rendering, { html, nonce, headers, input });
  if (refused) notKept(req.url, refused);
}
