/**
 * The application's blob storage, chosen from the environment: today always the local directory
 * STORAGE_DIR (default `.data/files`); an S3-compatible driver is planned and will be selected
 * here. Server-only.
 */
import "server-only";
import { env } from "@/lib/env";
import type { BlobStorage } from "./blob-storage";
import { LocalDirectoryStorage } from "./local-directory";

export * from "./blob-storage";
export { LocalDirectoryStorage } from "./local-directory";

let storage: BlobStorage | undefined;

/** The configured store (one instance per process). */
export function blobStorage(): BlobStorage {
  storage ??= new LocalDirectoryStorage(env().STORAGE_DIR);
  return storage;
}
