/**
 * BlobStorage on an S3-compatible bucket (AWS SDK v3), chosen with STORAGE_DRIVER=s3
 * (lib/storage/index.ts), so that every app server sees the same attachments and export files.
 *
 * - Blobs: `<prefix>blobs/<sha256>`. Their hash is known only once the last byte arrived, so
 *   `put` streams the upload (lib-storage's multipart `Upload`, bounded parts, never the whole
 *   file in memory) to a temporary key `<prefix>incoming/<uuid>` while hashing and counting it,
 *   then copies it to its content address unless already there, and deletes the temporary key.
 *   Too large or failed: the upload is aborted and nothing is kept.
 * - Named files (export files): `<prefix><name>`, streamed the same way.
 * - Reads stream the object's body (GetObject); a missing key is BlobNotFoundError.
 *
 * Checksums are computed by the SDK only where the API requires them (WHEN_REQUIRED): the newer
 * default (aws-chunked bodies with trailing CRC checksums) is not understood by several
 * S3-compatible servers, and each blob's SHA-256 is checked by us anyway.
 */
import { randomUUID, createHash } from "node:crypto";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, paginateListObjectsV2, type S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { BlobNotFoundError, BlobTooLargeError, assertFileName, assertSha256, type BlobListing, type BlobStorage, type StoredBlob } from "./blob-storage";

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix, e.g. "wsis/" (default none). */
  prefix?: string;
  /** The client's configuration: endpoint, region, credentials, forcePathStyle… */
  client: S3ClientConfig;
}

const PART_BYTES = 5 * 1024 * 1024; // S3's smallest multipart part

export class S3Storage implements BlobStorage {
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3StorageOptions) {
    this.client = new S3Client({ requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED", ...options.client });
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? "";
  }

  private blobKey(sha256: string): string {
    assertSha256(sha256);
    return `${this.prefix}blobs/${sha256}`;
  }

  /** Streams `source` to `key` (multipart when large); returns the SHA-256 and size it saw. */
  private async upload(source: Readable | AsyncIterable<Uint8Array>, key: string, maxBytes: number): Promise<StoredBlob> {
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
    const body = new PassThrough();
    const upload = new Upload({ client: this.client, params: { Bucket: this.bucket, Key: key, Body: body }, partSize: PART_BYTES, queueSize: 2, leavePartsOnError: false });
    const uploaded = upload.done();
    uploaded.catch(() => {}); // awaited below; a failing source must not leave it unhandled
    try {
      await pipeline(source, measure, body);
    } catch (e) {
      await upload.abort().catch(() => {});
      await uploaded.catch(() => {});
      await this.delete(key);
      throw e;
    }
    await uploaded;
    return { sha256: hash.digest("hex"), size };
  }

  async put(source: Readable | AsyncIterable<Uint8Array>, { maxBytes }: { maxBytes: number }): Promise<StoredBlob> {
    const temporary = `${this.prefix}incoming/${randomUUID()}`;
    const stored = await this.upload(source, temporary, maxBytes);
    try {
      // Copied even when present: renews its LastModified, which the orphan sweep's grace period reads.
      {
        await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: this.blobKey(stored.sha256), CopySource: `${this.bucket}/${encodeURI(temporary)}` }));
      }
    } finally {
      await this.delete(temporary);
    }
    return stored;
  }

  async open(sha256: string): Promise<Readable> {
    return this.get(this.blobKey(sha256), () => new BlobNotFoundError(sha256));
  }

  async exists(sha256: string): Promise<boolean> {
    return this.head(this.blobKey(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await this.delete(this.blobKey(sha256));
  }

  async *list(): AsyncIterable<BlobListing> {
    const prefix = `${this.prefix}blobs/`;
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: prefix })) {
      for (const o of page.Contents ?? []) {
        const sha256 = o.Key?.slice(prefix.length) ?? "";
        if (/^[0-9a-f]{64}$/.test(sha256) && o.LastModified) yield { sha256, storedAt: o.LastModified };
      }
    }
  }

  async storedAt(sha256: string): Promise<Date | null> {
    try {
      return (await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.blobKey(sha256) }))).LastModified ?? null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async putFile(name: string, source: Readable | AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    assertFileName(name);
    const { size } = await this.upload(source, this.prefix + name, Number.MAX_SAFE_INTEGER);
    return { size };
  }

  async openFile(name: string): Promise<Readable> {
    assertFileName(name);
    return this.get(this.prefix + name, () => new BlobNotFoundError(name));
  }

  async removeFile(name: string): Promise<void> {
    assertFileName(name);
    await this.delete(this.prefix + name);
  }

  private async get(key: string, notFound: () => Error): Promise<Readable> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!Body) throw notFound();
      return Body instanceof Readable ? Body : Readable.fromWeb((Body as { transformToWebStream(): ReadableStream }).transformToWebStream() as never);
    } catch (e) {
      if (isNotFound(e)) throw notFound();
      throw e;
    }
  }

  private async head(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }

  private async delete(key: string): Promise<void> {
    // S3 answers 204 for an absent key too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NoSuchKey" || err?.name === "NotFound" || err?.$metadata?.httpStatusCode === 404;
}
