/**
 * The ZIP of the attachments of a selection: one folder per contribution, named by its document
 * number (or its reference number before it has one), holding its files under their uploaded
 * names, e.g. `CWG-WSIS&SDG_WSIS20_1/original-name.pdf`. Pure: the caller gives the groups (in the
 * queue's order) and how to open a blob.
 *
 * Names are made safe for every unzip tool and file system (sanitize-filename: no "/" or "\",
 * no "..", no control characters, no Windows-reserved names or characters, no trailing dots or
 * spaces, at most 255 bytes), cut to 120 characters keeping the extension; two files of one
 * contribution with the same name get " (2)", " (3)"… A blob missing from the store is skipped
 * and listed in `_missing-files.txt` at the end, so one lost file does not lose the archive.
 */
import { Readable } from "node:stream";
import sanitize from "sanitize-filename";
import { zipStream, type ZipEntry } from "./zip-stream";

export interface AttachmentGroup {
  /** documentNumber ?? referenceNumber ?? id of the contribution. */
  folder: string;
  files: { filename: string; sha256: string }[];
}

/** Opens a stored blob; null when it is missing. */
export type BlobOpener = (sha256: string) => Promise<AsyncIterable<Uint8Array> | null>;

const MAX_NAME = 120;
// Windows device names, with or without an extension: sanitize-filename would replace the whole
// name; a leading "_" keeps it readable ("_CON.pdf").
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** `name` as one safe path segment ("_" for what is unsafe), `fallback` when nothing is left. */
export function safeSegment(name: string, fallback: string): string {
  const nfc = name.normalize("NFC").trim();
  let clean = sanitize(WINDOWS_RESERVED.test(nfc) ? `_${nfc}` : nfc, { replacement: "_" }).trim();
  const chars = [...clean];
  if (chars.length > MAX_NAME) {
    const dot = clean.lastIndexOf(".");
    const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
    clean = chars.slice(0, MAX_NAME - [...extension].length).join("") + extension;
  }
  return clean === "" || /^[._]+$/.test(clean) ? fallback : clean;
}

/** " (n)" before the extension. */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

export function attachmentsZip(groups: AsyncIterable<AttachmentGroup>, open: BlobOpener): Readable {
  return Readable.from(zipStream(entries(groups, open)));
}

async function* entries(groups: AsyncIterable<AttachmentGroup>, open: BlobOpener): AsyncGenerator<ZipEntry> {
  const missing: string[] = [];
  const folders = new Set<string>();
  for await (const group of groups) {
    if (group.files.length === 0) continue;
    let folder = safeSegment(group.folder, "contribution");
    for (let n = 2; folders.has(folder); n++) folder = `${safeSegment(group.folder, "contribution")} (${n})`;
    folders.add(folder);
    const names = new Set<string>();
    for (const file of group.files) {
      const base = safeSegment(file.filename, "attachment");
      let name = base;
      for (let n = 2; names.has(name.toLowerCase()); n++) name = numbered(base, n);
      names.add(name.toLowerCase());
      const data = await open(file.sha256);
      if (data) yield { name: `${folder}/${name}`, data, compress: false };
      else missing.push(`${folder}/${name}`);
    }
  }
  if (missing.length) yield { name: "_missing-files.txt", data: [new TextEncoder().encode(missing.join("\r\n") + "\r\n")], compress: 6 };
}
