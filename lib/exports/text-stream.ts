/**
 * A download's text as a byte stream, written the way the response pipe handles best (issue 16,
 * bench:export profiles of a 10,000-row CSV):
 * - pieces are gathered into chunks of about 64 KiB: one chunk per row paid, per row, the fixed
 *   cost of Node's streams, Next's response pipe, compression and a socket write;
 * - up to 1 MiB is produced ahead of the reader: Readable.from's default high-water mark (one
 *   chunk) made the producer wait for every chunk to be taken, so formatting, the database's
 *   next batch and the socket took turns instead of overlapping.
 */
import { Readable } from "node:stream";

const CHUNK = 64 * 1024;
const AHEAD = 1024 * 1024;

export function textStream(pieces: AsyncIterable<string>): Readable {
  return Readable.from(coalesce(pieces), { objectMode: false, highWaterMark: AHEAD });
}

/**
 * Pieces joined into chunks of at least `size` characters (the last one may be shorter). The
 * first piece (the header, the opening bracket) goes out alone at once: a slow selection (a text
 * search) must not leave the download without a byte for long, or a proxy's idle timeout ends it.
 */
async function* coalesce(pieces: AsyncIterable<string>, size = CHUNK): AsyncGenerator<string> {
  let held: string[] = [];
  let length = 0;
  let first = true;
  for await (const piece of pieces) {
    if (first) {
      first = false;
      yield piece;
      continue;
    }
    held.push(piece);
    length += piece.length;
    if (length >= size) {
      yield held.join("");
      held = [];
      length = 0;
    }
  }
  if (held.length) yield held.join("");
}
