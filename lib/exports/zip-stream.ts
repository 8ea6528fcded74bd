/**
 * A ZIP archive written as its entries are read (fflate's streaming `Zip`): each entry's bytes
 * are pulled from its async source and the archive's bytes are yielded as they are produced, so
 * memory holds a chunk or two, never an entry or the archive. Consumers pull (Readable.from), so a
 * slow download slows the reading down instead of buffering.
 *
 * Entries are stored (`compress: false`: PDF, DOCX and ODT are compressed already) or deflated at
 * `level`. No ZIP64 in fflate: an archive must stay under 4 GiB (ZIP_LIMIT_BYTES); past that the
 * stream ends with an error rather than writing a corrupt file.
 */
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

export const ZIP_LIMIT_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;

export interface ZipEntry {
  /** Path inside the archive, "/"-separated, already made safe by the caller. */
  name: string;
  data: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** Deflate level 1–9, or false to store. */
  compress: false | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** The archive of `entries`, in order. @throws (through the stream) past ZIP_LIMIT_BYTES. */
export async function* zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  let written = 0;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* drain() {
    if (failure) throw failure;
    while (ready.length) {
      const chunk = ready.shift()!;
      written += chunk.byteLength;
      if (written > ZIP_LIMIT_BYTES) throw new Error("ZIP archive over the 4 GiB limit (no ZIP64)");
      yield chunk;
    }
  }
  for await (const entry of entries) {
    const file = entry.compress === false ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: entry.compress });
    zip.add(file);
    for await (const chunk of entry.data) {
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
