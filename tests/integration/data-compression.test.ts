/**
 * The route handlers' answers gzipped at level 1 (lib/http/data-compression.ts, issue 16),
 * through real sockets: the request hook of lib/http/request-stamp.ts in front of a server that
 * runs Next's own compression middleware as `next start` does (not with COMPRESS=off), then
 * streams a CSV under /api/ or a page elsewhere. gzip's XFL byte (RFC 1952, byte 8) says which
 * level zlib used: 4 for its fastest, 0 for the default.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import http from "node:http";
import zlib from "node:zlib";
import { randomBytes } from "node:crypto";
import type { Duplex } from "node:stream";
import type { AddressInfo } from "node:net";
// @ts-expect-error Next's bundled copy of the compression middleware has no types.
import compression from "next/dist/compiled/compression";
import { installRequestStamp } from "@/lib/http/request-stamp";
import { compressDataAnswer } from "@/lib/http/data-compression";

const nextCompression = compression() as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
const CSV = "Reference number,Title\r\n" + Array.from({ length: 2000 }, (_, i) => `WSIS20-C-${i},مساهمة ${i}\r\n`).join("");
let server: http.Server;
let port: number;
let acceptSeenByHandler: string | undefined;
let cacheControl: string | undefined;
let openStream: Duplex | undefined;

beforeAll(async () => {
  installRequestStamp((req, res) => {
    compressDataAnswer(req, res);
    return false;
  });
  server = http.createServer((req, res) => {
    const handle = () => {
      acceptSeenByHandler = req.headers["accept-encoding"] as string | undefined;
      if (req.url === "/api/never-ending") {
        // A download the client abandons: enough incompressible bytes to leave zlib, then nothing.
        res.setHeader("Content-Type", "text/csv; charset=utf-8");
        res.write(randomBytes(256 * 1024).toString("base64"));
        // What the middleware hands out for "drain" while it compresses: its zlib stream.
        openStream = res.on("drain", () => {}) as unknown as Duplex;
        return;
      }
      const data = req.url!.startsWith("/api/");
      res.setHeader("Content-Type", data ? "text/csv; charset=utf-8" : "text/html; charset=utf-8");
      if (cacheControl) res.setHeader("Cache-Control", cacheControl);
      const body = data ? CSV : `<!DOCTYPE html><p>${CSV}</p>`;
      res.write(body.slice(0, 1000)); // streamed in two parts, as an export is
      res.end(body.slice(1000));
    };
    if (process.env.COMPRESS === "off") handle();
    else nextCompression(req, res, handle);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((r) => server.close(r)));

const savedCompress = process.env.COMPRESS;
afterEach(() => {
  if (savedCompress === undefined) delete process.env.COMPRESS;
  else process.env.COMPRESS = savedCompress;
  cacheControl = undefined;
});

function get(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port, path, headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject)
      .end();
  });
}

describe("data answers are gzipped at zlib's fastest level; pages keep Next's", () => {
  it("gzips a CSV under /api/ at level 1, whole and intact, and says it varies", async () => {
    const r = await get("/api/v1/contributions.csv", { "accept-encoding": "gzip, deflate, br" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect(r.body[8]).toBe(4);
    expect(zlib.gunzipSync(r.body).toString("utf8")).toBe(CSV);
    // Next's middleware, after the hook, was told the client accepts nothing but identity.
    expect(acceptSeenByHandler).toBe("identity");
  });

  it("leaves pages to Next's compression at its default level", async () => {
    const r = await get("/en/contributions", { "accept-encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.body[8]).toBe(0);
    expect(acceptSeenByHandler).toBe("gzip");
  });

  it("honours what the client accepts: no header, identity only, gzip refused", async () => {
    for (const headers of [{}, { "accept-encoding": "identity" }, { "accept-encoding": "gzip;q=0, identity" }] as Record<string, string>[]) {
      const r = await get("/api/secretariat/export?format=csv", headers);
      expect(r.headers["content-encoding"], JSON.stringify(headers)).toBeUndefined();
      expect(r.body.toString("utf8")).toBe(CSV);
    }
    const deflate = await get("/api/secretariat/export?format=csv", { "accept-encoding": "deflate" });
    expect(deflate.headers["content-encoding"]).toBe("deflate");
    expect(zlib.inflateSync(deflate.body).toString("utf8")).toBe(CSV);
  });

  it("answers HEAD without a body or an encoding", async () => {
    const r = await get("/api/v1/contributions.csv", { "accept-encoding": "gzip" }, "HEAD");
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.body.length).toBe(0);
  });

  it("releases its zlib stream when the client goes away mid-download", async () => {
    openStream = undefined;
    await new Promise<void>((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path: "/api/never-ending", headers: { "accept-encoding": "gzip" } }, (res) => {
        expect(res.headers["content-encoding"]).toBe("gzip");
        res.once("data", () => {
          request.destroy();
          resolve();
        });
      });
      request.on("error", (e) => (request.destroyed ? undefined : reject(e)));
    });
    await vi.waitFor(() => expect(openStream?.destroyed).toBe(true), { timeout: 2000 });
  });

  it("leaves a no-transform answer (an attachment's bytes) alone", async () => {
    cacheControl = "private, no-store, no-transform";
    const r = await get("/api/attachments/1", { "accept-encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.body.toString("utf8")).toBe(CSV);
  });

  it("with COMPRESS=off (a proxy compresses) sends data uncompressed, as it sends pages", async () => {
    process.env.COMPRESS = "off";
    for (const path of ["/api/v1/contributions.csv", "/en/contributions"]) {
      const r = await get(path, { "accept-encoding": "gzip" });
      expect(r.headers["content-encoding"], path).toBeUndefined();
      expect(acceptSeenByHandler).toBe("gzip");
    }
  });
});
