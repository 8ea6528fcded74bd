/**
 * The route handlers' answers (everything under /api/: the secretariat's exports, open data, the
 * audit log, a person's own data, attachments) are gzipped here at zlib level 1 rather than by
 * Next at zlib's default level 6. They are data, up to tens of megabytes streamed from
 * PostgreSQL, and level 6 made the CSV export cost 5.4× PostgreSQL's own COPY of the same rows
 * (docs/performance.md, issue 16); level 1 is nginx's default, a fraction of the CPU for slightly
 * larger files. Pages keep Next's compression.
 *
 * Next's `compress` option takes no level, and Next 16 drops a route handler's own
 * Content-Encoding, hence this step on the Node request (lib/http/request-stamp.ts), before Next's
 * middleware: it hides the client's Accept-Encoding from Next, whose middleware then passes the
 * bytes through, and negotiates with the original header itself. `COMPRESS=off` (a reverse proxy
 * compresses, docs/deploy.md) leaves these answers uncompressed, as it leaves pages.
 *
 * Next's middleware, still in front, replaces `res.flush` with its own, which has no stream to
 * flush here: the per-write flush Next's stream piping asks for does not reach this zlib stream,
 * so a download leaves in zlib's whole blocks (about 16 KiB) rather than one small block per
 * write. That is part of the gain (fewer, fuller writes) and right for bulk data; an answer that
 * must arrive piece by piece (none under /api/ today) would need to be left out.
 */
import type http from "node:http";
// @ts-expect-error Next's bundled copy of the `compression` middleware (the one it uses itself) has no types.
import compression from "next/dist/compiled/compression";
import { releaseCompressionStream } from "next/dist/server/lib/release-compression-stream";
import { serverCompresses } from "./compression-setting";

type Middleware = (req: Pick<http.IncomingMessage, "method" | "headers">, res: http.ServerResponse, next: () => void) => void;
const gzipLevel1 = compression({ level: 1 }) as Middleware;

export function compressDataAnswer(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (!req.url?.startsWith("/api/") || !serverCompresses()) return;
  const accepted = req.headers["accept-encoding"];
  if (!accepted) return;
  req.headers["accept-encoding"] = "identity";
  // The middleware reads only the method and Accept-Encoding, when the answer's headers are written.
  gzipLevel1({ method: req.method, headers: { "accept-encoding": accepted } }, res, () => {});
  // The middleware never ends its zlib stream when the client goes away, and the stream's native
  // memory then outlives it: released as Next releases its own (next/dist/server/lib/router-server.js).
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });
}
