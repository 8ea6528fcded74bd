/**
 * A guard against ZIP bombs before mammoth reads a DOCX: mammoth inflates the document's XML parts
 * fully into memory and parses them, so a 20 MB file whose XML inflates to gigabytes would take
 * the server down. This inflates the XML parts (`*.xml`, `*.rels`) once with fflate's streaming
 * unzip, counting the bytes and stopping as soon as the total passes `cap`; nothing is kept.
 * Media parts (images) are skipped: mammoth's raw text does not read them. The sizes written in
 * the ZIP headers are not trusted (a bomb can lie about them).
 * @returns true when the XML parts inflate to at most `cap` bytes.
 * @throws Error when the archive is corrupt.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";

/** 50 MiB of XML is some thousands of pages of text: far beyond a contribution's body. */
export const DOCX_XML_CAP = 50 * 1024 * 1024;

// Small pieces bound the output of one inflate step (DEFLATE expands at most ~1032:1).
const PIECE = 16 * 1024;

export function docxXmlWithin(content: Uint8Array, cap = DOCX_XML_CAP): boolean {
  let total = 0;
  let over = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (!/\.(xml|rels)$/i.test(file.name)) return;
    file.ondata = (error, chunk) => {
      if (error) failure ??= error;
      total += chunk?.length ?? 0;
      if (total > cap && !over) {
        over = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for (let at = 0; at < content.length && !over && !failure; at += PIECE) {
    unzip.push(content.subarray(at, at + PIECE), at + PIECE >= content.length);
  }
  if (failure && !over) throw failure;
  return !over;
}
