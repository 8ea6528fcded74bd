/**
 * Compression of the answers written before Next's own middleware sees them (the route handlers'
 * data, lib/http/data-compression.ts; the page cache's hits, lib/http/page-cache/answer.ts),
 * through the middleware Next uses itself (its bundled copy of `compression`): one negotiation of
 * Accept-Encoding, `Vary`, HEAD and `no-transform` for every answer, and zlib off the main thread.
 *
 * `COMPRESS=off`: responses leave the app server uncompressed, for a reverse proxy that compresses
 * them (docs/deploy.md). next.config.js reads the same variable for Next's own compression.
 */
import type http from "node:http";
// @ts-expect-error Next's bundled copy of the `compression` middleware has no types.
import compression from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";

export function serverCompresses(): boolean {
  return process.env.COMPRESS !== "off";
}

type Middleware = (req: Pick<http.IncomingMessage, "method" | "headers">, res: http.ServerResponse, next: () => void) => void;
const MIDDLEWARE: Record<"data" | "page", Middleware> = {
  // zlib's fastest level for data (why: data-compression.ts).
  data: compression({ level: 1 }),
  // Next's level for pages; no size threshold: a kept page is whole HTML, never a few bytes.
  page: compression({ threshold: 0 }),
};

/**
 * Compresses what is then written to `res` as `req` accepts (the middleware reads only its method
 * and Accept-Encoding, when the answer's headers are written).
 */
export function compressAnswer(req: Pick<http.IncomingMessage, "method" | "headers">, res: http.ServerResponse, kind: "data" | "page"): void {
  MIDDLEWARE[kind](req, res, () => {});
  // The middleware never ends its zlib stream when the client goes away, and the stream's native
  // memory then outlives it: released as Next releases its own (next/dist/server/lib/router-server.js).
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });
}
