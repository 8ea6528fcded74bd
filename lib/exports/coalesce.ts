/**
 * Text pieces gathered into chunks of at least `bytes` (about: string lengths, not UTF-8 bytes)
 * before they go down a response stream. A download of 10,000 rows yielded one chunk per row;
 * each chunk pays the same fixed cost in Node's streams, Next's response pipe, compression and a
 * socket write, which was more than formatting the row (issue 16, bench:export profile).
 */
export async function* coalesce(pieces: AsyncIterable<string>, bytes = 64 * 1024): AsyncGenerator<string> {
  let held: string[] = [];
  let size = 0;
  for await (const piece of pieces) {
    held.push(piece);
    size += piece.length;
    if (size >= bytes) {
      yield held.join("");
      held = [];
      size = 0;
    }
  }
  if (held.length) yield held.join("");
}
