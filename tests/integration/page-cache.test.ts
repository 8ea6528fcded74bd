/**
 * The public list's page cache (lib/http/page-cache/, issue 16), through real sockets: the
 * request hook of lib/http/request-stamp.ts in front of a server that answers as Next does for
 * /{locale}/contributions (a fresh CSP nonce in the header, the HTML and the Link header; the
 * language cookie when the request has none; Next's own compression middleware, installed after
 * the hook, when asked), with the invalidation listener on the test database. What it must never
 * do: answer two visitors with one nonce, answer a signed-in person, a crawler or a client
 * navigation, show an unpublished document, show a stale page longer than its few seconds after
 * a change, or answer anything while it cannot hear other servers' announcements.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import http from "node:http";
import zlib from "node:zlib";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
// @ts-expect-error Next's bundled copy of the compression middleware has no types.
import compression from "next/dist/compiled/compression";
import { installRequestStamp } from "@/lib/http/request-stamp";
import { answerFromPageCache } from "@/lib/http/page-cache/answer";
import { announceInvalidation, listenForInvalidations, type Listener } from "@/lib/cache/invalidation";

let server: http.Server;
let base: { host: string; port: number };
let renders = 0;
let content = "first";
let delayMs = 0;
let status = 200;
let complete = true;
let readPrimary: string | undefined;
let listener: Listener;
const compress = compression() as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

beforeAll(async () => {
  installRequestStamp(answerFromPageCache);
  listener = listenForInvalidations(process.env.DATABASE_URL!);
  await listener.ready;
  server = http.createServer((req, res) => compress(req, res, () => {
    renders++;
    readPrimary = req.headers["x-portal-read-primary"] as string | undefined;
    const nonce = randomBytes(16).toString("base64");
    res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Link", `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
    if (!/NEXT_LOCALE=/.test(req.headers.cookie ?? "")) res.setHeader("Set-Cookie", "NEXT_LOCALE=en; Path=/; SameSite=lax");
    const html = `<!DOCTYPE html><html lang="en"><script nonce="${nonce}">a()</script><p>${content}</p><script nonce="${nonce}">self.__next_f.push([1,"${nonce}"])</script>${complete ? "</html>" : ""}`;
    setTimeout(() => {
      res.statusCode = status;
      res.write(html.slice(0, 40)); // streamed, as Next does
      res.end(html.slice(40));
    }, delayMs);
  }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = { host: "127.0.0.1", port: (server.address() as AddressInfo).port };
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await listener.stop();
});

const saved = process.env.PAGE_CACHE;
beforeEach(async () => {
  process.env.PAGE_CACHE = "on";
  content = "first";
  delayMs = 0;
  status = 200;
  complete = true;
  await announceInvalidation("published-withdrawn", async () => {}); // every test starts empty
  renders = 0;
});
afterEach(() => {
  process.env.PAGE_CACHE = saved;
  vi.useRealTimers();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  nonce: string | undefined;
}
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ ...base, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw).toString();
        const nonce = /'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))?.[1];
        resolve({ status: res.statusCode!, headers: res.headers, body, nonce });
      });
    });
    req.on("error", reject);
    req.end();
  });
}
const page = "/en/contributions?q=spectrum&lang=fr";
const withLanguage = { cookie: "NEXT_LOCALE=en" };
const until = async (check: () => Promise<boolean>) => {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("not in 5 s");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("the public list's page cache", () => {
  it("answers the next anonymous visitor from memory, with a nonce of its own everywhere the page had one", async () => {
    const first = await get(page, withLanguage);
    expect(first.headers["x-portal-cache"]).toBe("miss");
    const second = await get(page, withLanguage);
    expect(second.headers["x-portal-cache"]).toBe("hit");
    expect(renders).toBe(1);
    expect(second.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body).not.toContain(first.nonce);
    expect(second.body.split(second.nonce!).length - 1).toBe(3);
    expect(second.body.replaceAll(second.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
    expect(second.headers.link).toContain(`nonce="${second.nonce}"`);
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(second.headers["set-cookie"]).toBeUndefined();
    const third = await get(page, withLanguage);
    expect(third.nonce).not.toBe(second.nonce);
  });

  it("keeps a compressed rendering as text and compresses each answer as asked", async () => {
    await get(page, { ...withLanguage, "accept-encoding": "gzip" });
    const zipped = await get(page, { ...withLanguage, "accept-encoding": "gzip, deflate" });
    expect(zipped.headers["x-portal-cache"]).toBe("hit");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body).toContain("<p>first</p>");
    const plain = await get(page, { ...withLanguage, "accept-encoding": "gzip;q=0, identity" });
    expect(plain.headers["x-portal-cache"]).toBe("hit");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(plain.body));
    expect(renders).toBe(1);
  });

  it("sets the language cookie as Next would, when the visitor has none", async () => {
    await get(page);
    const hit = await get(page);
    expect(hit.headers["x-portal-cache"]).toBe("hit");
    expect(hit.headers["set-cookie"]).toEqual(["NEXT_LOCALE=en; Path=/; SameSite=lax"]);
    expect((await get(page, withLanguage)).headers["set-cookie"]).toBeUndefined();
    const switched = await get(page, { cookie: "NEXT_LOCALE=fr" });
    expect(switched.headers["x-portal-cache"]).toBe("hit");
    expect(switched.headers["set-cookie"]).toEqual(["NEXT_LOCALE=en; Path=/; SameSite=lax"]);
  });

  it("leaves to Next whatever is not an anonymous page load of the public list", async () => {
    await get(page, withLanguage);
    const passes: [string, Record<string, string>, string?][] = [
      [page, { cookie: "NEXT_LOCALE=en; next-auth.session-token=abc" }],
      [page, { cookie: "wsis-fresh=1" }],
      [page, { ...withLanguage, rsc: "1" }],
      [page, { ...withLanguage, "next-router-prefetch": "1" }],
      [page, { ...withLanguage, "sec-fetch-dest": "empty" }],
      [page, { ...withLanguage, "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }],
      [page, { ...withLanguage, "user-agent": "facebookexternalhit/1.1" }],
      [page, withLanguage, "POST"],
      ["/en/contributions/WSIS20-C-0001", withLanguage],
      ["/en/secretariat", withLanguage],
      ["/xx/contributions", withLanguage],
    ];
    for (const [path, headers, method] of passes) {
      renders = 0;
      const answer = await get(path, headers, method);
      expect(answer.headers["x-portal-cache"], `${method ?? "GET"} ${path} ${JSON.stringify(headers)}`).toBeUndefined();
      expect(renders).toBe(1);
    }
    // The sign-in form's cookies say nothing about who is reading.
    expect((await get(page, { cookie: "NEXT_LOCALE=en; next-auth.csrf-token=x; next-auth.callback-url=y" })).headers["x-portal-cache"]).toBe("hit");
  });

  it("does not keep an error, and keeps pages apart by URL and host", async () => {
    status = 500;
    await get(page, withLanguage);
    status = 200;
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("miss");
    expect((await get(page + "&page=2", withLanguage)).headers["x-portal-cache"]).toBe("miss");
    expect((await get(page, { ...withLanguage, host: "portal.example.org" })).headers["x-portal-cache"]).toBe("miss");
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("hit");
  });

  it("after a publication: the page as it was, while this server renders it afresh; then the new one", async () => {
    await get(page, withLanguage);
    content = "second";
    await announceInvalidation("published-list", async () => {});
    const stale = await get(page, withLanguage);
    expect(stale.headers["x-portal-cache"]).toBe("stale");
    expect(stale.body).toContain("<p>first</p>");
    await until(async () => renders === 2);
    await until(async () => (await get(page, withLanguage)).headers["x-portal-cache"] === "hit");
    const fresh = await get(page, withLanguage);
    expect(fresh.body).toContain("<p>second</p>");
    expect(renders).toBe(2);
  });

  it("never answers a stale page more than a few seconds after the change", async () => {
    await get(page, withLanguage);
    vi.useFakeTimers({ toFake: ["Date"] });
    await announceInvalidation("published-list", async () => {});
    vi.setSystemTime(Date.now() + 5_001);
    content = "second";
    const late = await get(page, withLanguage);
    expect(late.headers["x-portal-cache"]).toBe("miss");
    expect(late.body).toContain("<p>second</p>");
  });

  it("after an unpublication: never the page as it was, not even one that was being rendered", async () => {
    await get(page, withLanguage);
    content = "withdrawn";
    await announceInvalidation("published-withdrawn", async () => {});
    const next = await get(page, withLanguage);
    expect(next.headers["x-portal-cache"]).toBe("miss");

    // A rendering that began before the unpublication is not kept.
    delayMs = 200;
    content = "shows the unpublished one";
    const slow = get(page + "&page=3", withLanguage);
    await new Promise((r) => setTimeout(r, 50));
    await announceInvalidation("published-withdrawn", async () => {});
    content = "without it";
    expect((await slow).body).toContain("shows the unpublished one");
    delayMs = 0;
    const after = await get(page + "&page=3", withLanguage);
    expect(after.headers["x-portal-cache"]).toBe("miss");
    expect(after.body).toContain("without it");
  });

  it("keeps a page rendered while a publication was announced as stale from the rendering's start", async () => {
    delayMs = 200;
    const slow = get(page, withLanguage);
    await new Promise((r) => setTimeout(r, 50));
    await announceInvalidation("published-list", async () => {});
    await slow;
    delayMs = 0;
    content = "second";
    const next = await get(page, withLanguage);
    expect(next.headers["x-portal-cache"]).toBe("stale");
    await until(async () => (await get(page, withLanguage)).body.includes("<p>second</p>"));
  });

  it("renders what it keeps from the primary database; no client can ask for that", async () => {
    await get(page, withLanguage);
    expect(readPrimary).toBe("1"); // lib/http/read-your-writes.ts: never a lagging replica
    await get(page, { cookie: "next-auth.session-token=abc", "x-portal-read-primary": "1" });
    expect(readPrimary).toBeUndefined();
  });

  it("keeps no page cut short, and takes an outsider's refresh header for an ordinary request", async () => {
    complete = false;
    await get(page, withLanguage);
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("miss");
    complete = true;
    const forged = await get(page, { ...withLanguage, "x-portal-page-refresh": "00000000-0000-0000-0000-000000000000" });
    expect(forged.headers["x-portal-cache"]).toBe("miss");
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("hit");
    expect(renders).toBe(3);
  });

  it("answers and keeps nothing while it cannot hear other servers' announcements", async () => {
    await get(page, withLanguage);
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("hit");
    await listener.stop();
    try {
      expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("miss");
      expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("miss");
    } finally {
      listener = listenForInvalidations(process.env.DATABASE_URL!);
      await listener.ready;
    }
    await get(page, withLanguage);
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBe("hit");
  });

  it("is off with PAGE_CACHE=off", async () => {
    process.env.PAGE_CACHE = "off";
    await get(page, withLanguage);
    expect((await get(page, withLanguage)).headers["x-portal-cache"]).toBeUndefined();
    expect(renders).toBe(2);
  });
});
