/**
 * A real S3-compatible server for the tests (s3rver, an S3 protocol server in Node), started on
 * loopback with its objects in a temporary directory, and the environment that makes the app use
 * it (STORAGE_DRIVER=s3). Import it FIRST in a test file: lib/env reads the environment once, when
 * lib/db is first imported. Stopped and deleted when the test file's process exits.
 */
import S3rver from "s3rver";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/lib/database";

export const S3_BUCKET = "wsis-test";
const directory = mkdtempSync(path.join(tmpdir(), "wsis-s3-"));
const port = await freePort();
const server = new S3rver({ address: "127.0.0.1", port, silent: true, directory, configureBuckets: [{ name: S3_BUCKET, configs: [] }] });
await server.run();

Object.assign(process.env, {
  STORAGE_DRIVER: "s3",
  S3_BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "S3RVER", // s3rver's fixed credentials
  S3_SECRET_ACCESS_KEY: "S3RVER",
  S3_FORCE_PATH_STYLE: "true",
});

export const s3Endpoint = `http://127.0.0.1:${port}`;

/** Stops the server and deletes its objects. */
export async function stopS3(): Promise<void> {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
}
