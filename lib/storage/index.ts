/**
 * The application's blob storage, chosen from the environment: the local directory STORAGE_DIR
 * (default `.data/files`; STORAGE_DRIVER=local, the default) or an S3-compatible bucket
 * (STORAGE_DRIVER=s3 with S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID,
 * S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE, S3_PREFIX), which several app servers share.
 * Server-only.
 */
import "server-only";
import { env, type Env } from "@/lib/env";
import type { BlobStorage } from "./blob-storage";
import { LocalDirectoryStorage } from "./local-directory";
import { S3Storage } from "./s3";

export * from "./blob-storage";
export { LocalDirectoryStorage } from "./local-directory";
export { S3Storage } from "./s3";

let storage: BlobStorage | undefined;

/** The store `e` describes. */
export function storageFromEnv(e: Env): BlobStorage {
  if (e.STORAGE_DRIVER === "local") return new LocalDirectoryStorage(e.STORAGE_DIR);
  return new S3Storage({
    bucket: e.S3_BUCKET!,
    prefix: e.S3_PREFIX,
    client: {
      region: e.S3_REGION,
      endpoint: e.S3_ENDPOINT,
      forcePathStyle: e.S3_FORCE_PATH_STYLE,
      // Without keys the SDK's own chain applies (environment, instance role…).
      credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
    },
  });
}

/** The configured store (one instance per process). */
export function blobStorage(): BlobStorage {
  storage ??= storageFromEnv(env());
  return storage;
}
