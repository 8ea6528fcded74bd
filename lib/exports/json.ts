/**
 * JSON export: a UTF-8 array of ExportRecords (record.ts), complete and lossless — full bodies,
 * every answer with its question in each language, dates as ISO 8601 instants in UTC. The public
 * fields have the shape of the public API's contribution; `internal` holds the secretariat's
 * fields. Streamed as records arrive (in chunks of about 64 KiB): "[", then records separated by
 * ",\n", then "]" (lib/exports/text-stream.ts).
 */
import type { Readable } from "node:stream";
import type { ExportRecord } from "./record";
import { textStream } from "./text-stream";

/** The JSON array of `records` as a byte stream. */
export function jsonStream(records: AsyncIterable<ExportRecord>): Readable {
  async function* chunks() {
    yield "[";
    let first = true;
    for await (const r of records) {
      yield (first ? "\n" : ",\n") + JSON.stringify(r);
      first = false;
    }
    yield first ? "]\n" : "\n]\n";
  }
  return textStream(chunks());
}
