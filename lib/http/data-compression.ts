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
import { compressAnswer, serverCompresses } from "./compression";

export function compressDataAnswer(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (!req.url?.startsWith("/api/") || !serverCompresses()) return;
  const accepted = req.headers["accept-encoding"];
  if (!accepted) return;
  req.headers["accept-encoding"] = "identity";
  compressAnswer({ method: req.method, headers: { "accept-encoding": accepted } }, res, "data");
}
