/**
 * Content-addressed blob storage: the one interface attachments are written through, so that a
 * local directory (lib/storage/local-directory.ts, the default) and an S3-compatible bucket
 * (lib/storage/s3.ts, STORAGE_DRIVER=s3) are interchangeable. A blob's key is the lowercase hex SHA-256 of its bytes, so the same
 * file uploaded twice is stored once.
 */
import type { Readable } from "node:stream";

/** What `put` stored: the content's SHA-256 (64 lowercase hex digits) and its size in bytes. */
export interface StoredBlob {
  sha256: string;
  size: number;
}

export interface BlobStorage {
  /**
   * Streams `source` into the store while hashing it; never holds the whole content in memory.
   * Once the content is known it is stored under its hash (already present: kept as is).
   * @throws BlobTooLargeError as soon as more than `maxBytes` bytes arrived; nothing is kept.
   * @throws the source's or the medium's error; nothing partial is kept.
   */
  put(source: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StoredBlob>;
  /** A stream of the blob's bytes. @throws BlobNotFoundError when absent. */
  open(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  /** Removes the blob; removing an absent blob is not an error. */
  remove(sha256: string): Promise<void>;
  /**
   * Every blob in the store with the time it was last stored (a `put` of content already present
   * renews it, so the orphan sweep's grace period also covers a re-upload of an old blob).
   */
  list(): AsyncIterable<BlobListing>;
  /** When blob `sha256` was last stored; null when absent. */
  storedAt(sha256: string): Promise<Date | null>;

  /**
   * Named files (export files: `exports/<job id>.<ext>`), streamed in; a reader never sees a
   * partial file (written under a temporary name or as one object, then put in place).
   */
  putFile(name: string, source: Readable | AsyncIterable<Uint8Array>): Promise<{ size: number }>;
  /** A stream of the named file. @throws BlobNotFoundError when absent. */
  openFile(name: string): Promise<Readable>;
  /** Removes the named file; an absent one is not an error. */
  removeFile(name: string): Promise<void>;
}

export interface BlobListing {
  sha256: string;
  storedAt: Date;
}

/** The content exceeded the size limit (`limit`, bytes) while it was being stored. */
export class BlobTooLargeError extends Error {
  constructor(public readonly limit: number) {
    super(`Content exceeds the limit of ${limit} bytes`);
    this.name = "BlobTooLargeError";
  }
}

export class BlobNotFoundError extends Error {
  constructor(public readonly sha256: string) {
    super(`No blob ${sha256}`);
    this.name = "BlobNotFoundError";
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Refuses anything but a SHA-256 hex key, so a key can never name a path outside the store. */
export function assertSha256(key: string): void {
  if (!SHA256.test(key)) throw new Error(`Not a SHA-256 key: ${JSON.stringify(key)}`);
}

const FILE_NAME = /^[a-z]+\/[A-Za-z0-9_-]{1,100}\.[a-z0-9]{1,10}$/;

/** Named files are `<folder>/<id>.<ext>`: never a path outside the store, never a blob's key. */
export function assertFileName(name: string): void {
  if (!FILE_NAME.test(name)) throw new Error(`Not a stored file name: ${JSON.stringify(name)}`);
}
