/**
 * A ZIP archive written as its entries are read (fflate's streaming `Zip`): each entry's bytes
 * are pulled from its async source and the archive's bytes are yielded as they are produced, so
 * memory holds a chunk or two, never an entry or the archive. Consumers pull (Readable.from), so a
 * slow download slows the reading down instead of buffering.
 *
 * Entries are stored (`compress: false`: PDF, DOCX and ODT are compressed already) or deflated at
 * `level` by Node's own zlib (NativeDeflate), not fflate's JavaScript deflate: a 10,000-row DOCX
 * spent 2 of its 21 s compressing on the server's only JavaScript thread (bench:export profile,
 * issue 16); zlib does it faster and on a worker thread. fflate still writes the archive (headers,
 * CRC, data descriptors), as its documentation suggests for custom compression. No ZIP64 in
 * fflate: an archive must stay under 4 GiB (ZIP_LIMIT_BYTES); past that the stream ends with an
 * error rather than writing a corrupt file.
 */
import { createDeflateRaw, type DeflateRaw } from "node:zlib";
import { Zip, ZipPassThrough } from "fflate";

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
  let complete = false;
  try {
    for await (const entry of entries) {
      const file = entry.compress === false ? new ZipPassThrough(entry.name) : new NativeDeflate(entry.name, entry.compress);
      zip.add(file);
      for await (const chunk of entry.data) {
        file.push(chunk);
        // zlib does not call a write's callback when it fails: wait for either.
        if (file instanceof NativeDeflate) await Promise.race([file.taken, file.finished]);
        yield* drain();
      }
      file.push(new Uint8Array(0), true);
      if (file instanceof NativeDeflate) await file.finished;
      yield* drain();
    }
    zip.end();
    yield* drain();
    complete = true;
  } finally {
    // A download abandoned (or a source that failed) mid-entry: fflate's terminate() reaches the
    // entry's terminate(), which frees zlib's state now rather than at the next collection.
    if (!complete) zip.terminate();
  }
}

/**
 * An entry deflated by Node's zlib (raw DEFLATE, ZIP method 8). fflate's ZipPassThrough computes
 * the CRC and size of what is pushed; `process` hands the bytes to zlib, whose output goes to the
 * archive as it comes. `taken` settles when zlib has consumed the last chunk pushed (the caller
 * waits for it, so at most one chunk is queued), `finished` when the entry's last byte is out.
 */
class NativeDeflate extends ZipPassThrough {
  taken: Promise<void> = Promise.resolve();
  readonly finished: Promise<void>;
  private readonly z: DeflateRaw;

  constructor(name: string, level: number) {
    super(name);
    this.compression = 8;
    this.z = createDeflateRaw({ level });
    this.z.on("data", (chunk: Buffer) => this.ondata(null, new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength), false));
    this.finished = new Promise((resolve, reject) => {
      this.z.on("end", () => {
        this.ondata(null, new Uint8Array(0), true);
        resolve();
      });
      this.z.on("error", reject);
    });
    this.finished.catch(() => {}); // awaited by zipStream; a download abandoned before that must not leave it unhandled
  }

  terminate() {
    this.z.destroy();
  }

  process(chunk: Uint8Array, final: boolean) {
    if (chunk.length) this.taken = new Promise((resolve) => this.z.write(chunk, () => resolve()));
    if (final) this.z.end();
  }
}
