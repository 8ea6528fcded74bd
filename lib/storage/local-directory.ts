/**
 * BlobStorage on a local directory. A blob lives at `<dir>/<aa>/<bb>/<sha256>` (two levels of
 * shards keep folders small). Writing goes to a temporary file in the same directory while the
 * bytes are hashed and counted, is flushed to disk, then renamed into place: a rename within one
 * file system is atomic, so a reader never sees a partial blob, and a failure (too large, client
 * gone, disk full) deletes the temporary file.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, utimes } from "node:fs/promises";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BlobNotFoundError, BlobTooLargeError, assertFileName, assertSha256, type BlobListing, type BlobStorage, type StoredBlob } from "./blob-storage";

export class LocalDirectoryStorage implements BlobStorage {
  /** @param dir the store's folder (created when missing); relative paths resolve from the cwd. */
  constructor(readonly dir: string) {}

  /** Where the blob `sha256` lives. */
  pathOf(sha256: string): string {
    assertSha256(sha256);
    return path.join(path.resolve(this.dir), sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(source: Readable | AsyncIterable<Uint8Array>, { maxBytes }: { maxBytes: number }): Promise<StoredBlob> {
    const root = path.resolve(this.dir);
    await mkdir(root, { recursive: true });
    // Same directory as the final place: rename() is atomic only within one file system.
    const temporary = path.join(root, `.incoming-${randomUUID()}`);
    const hash = createHash("sha256");
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new BlobTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const writer = createWriteStream(temporary, { flags: "wx" });
    try {
      await pipeline(source, measure, writer);
      // Flush before the rename so that a crash cannot leave a named blob with missing bytes.
      const handle = await open(temporary, "r");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      const sha256 = hash.digest("hex");
      const target = this.pathOf(sha256);
      if (await this.exists(sha256)) {
        await rm(temporary, { force: true });
        // Renew its time: the orphan sweep's grace period must cover this new reference.
        const now = new Date();
        await utimes(target, now, now).catch(() => {});
      } else {
        await mkdir(path.dirname(target), { recursive: true });
        await rename(temporary, target);
      }
      return { sha256, size };
    } catch (e) {
      // pipeline() can reject while the writer is still opening the file; delete it only once
      // the writer has closed, else the file appears after the delete.
      if (!writer.closed) await new Promise<void>((done) => writer.once("close", () => done()));
      await rm(temporary, { force: true });
      throw e;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const file = this.pathOf(sha256);
    if (!(await this.exists(sha256))) throw new BlobNotFoundError(sha256);
    return createReadStream(file);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw e;
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** Blobs are `<dir>/<2 hex>/<2 hex>/<sha256>`; anything else there (exports/, temporaries) is not one. */
  async *list(): AsyncIterable<BlobListing> {
    const root = path.resolve(this.dir);
    const entries = async (dir: string) => readdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" || e.code === "ENOTDIR" ? [] : Promise.reject(e)));
    for (const a of (await entries(root)).filter((n) => /^[0-9a-f]{2}$/.test(n))) {
      for (const b of (await entries(path.join(root, a))).filter((n) => /^[0-9a-f]{2}$/.test(n))) {
        for (const name of await entries(path.join(root, a, b))) {
          if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(a + b)) continue;
          const storedAt = await this.storedAt(name);
          if (storedAt) yield { sha256: name, storedAt };
        }
      }
    }
  }

  async storedAt(sha256: string): Promise<Date | null> {
    try {
      return (await stat(this.pathOf(sha256))).mtime;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  /** Named files live at `<dir>/<name>` (export files: `<dir>/exports/<id>.<ext>`, as before). */
  private fileOf(name: string): string {
    assertFileName(name);
    return path.join(path.resolve(this.dir), name);
  }

  async putFile(name: string, source: Readable | AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    const target = this.fileOf(name);
    const temporary = `${target}.part`;
    await mkdir(path.dirname(target), { recursive: true });
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, count, createWriteStream(temporary));
      await rename(temporary, target);
      return { size };
    } catch (e) {
      await rm(temporary, { force: true }).catch(() => {});
      throw e;
    }
  }

  async openFile(name: string): Promise<Readable> {
    try {
      const handle = await open(this.fileOf(name), "r");
      return handle.createReadStream();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new BlobNotFoundError(name);
      throw e;
    }
  }

  async removeFile(name: string): Promise<void> {
    await rm(this.fileOf(name), { force: true });
  }
}
