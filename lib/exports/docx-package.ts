/**
 * Streams a DOCX package whose body is too large to build in memory: the docx library builds
 * everything around the body once (styles, settings, fonts, cover, table of contents, section
 * properties, footer), with a marker paragraph where the body goes; the body's paragraphs and
 * tables are made with the same library, a batch at a time, and serialised with its own formatter
 * step (`prepForXml`, what `Packer` calls) and the `xml` package (whose output docx 9 reproduces
 * byte for byte), so they are written exactly as `Packer` would write them. Everything is zipped
 * as it is produced (zip-stream.ts, fflate's streaming `Zip`), so memory holds one batch and the deflate
 * window, whatever the document's length.
 *
 * Bookmark ids come from the library's process-wide counter, so they stay unique across batches.
 */
import { Readable } from "node:stream";
import { Packer, Paragraph, type Document, type FileChild } from "docx";
import { strToU8, unzipSync } from "fflate";
import { zipStream, type ZipEntry } from "./zip-stream";
import xml from "xml";

/** Text of the marker paragraph (never in a contribution: it has a random part). */
export const bodyMarker = () => `WSIS-BODY-${Math.random().toString(36).slice(2)}-${Date.now()}`;

/** Deflate level for word/document.xml: 1 is several times faster than 6 and XML still shrinks ~5×. */
const LEVEL = 1;
/** Serialised XML gathered before it is handed to the compressor (characters). */
const FLUSH_AT = 256 * 1024;

/**
 * The package of `skeleton` (built with a paragraph of text `marker` where the body goes) with
 * the XML of the children that `body` yields in its place.
 * @throws Error at once when the marker is not found in the skeleton's document.xml.
 */
export async function streamDocx(skeleton: Document, marker: string, body: AsyncIterable<FileChild[]>): Promise<Readable> {
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(skeleton)));
  const documentXml = new TextDecoder().decode(parts["word/document.xml"]);
  const markerXml = serialise(skeleton, [new Paragraph(marker)]);
  const at = documentXml.indexOf(markerXml);
  if (at < 0) throw new Error("DOCX skeleton: body marker not found");
  const head = documentXml.slice(0, at);
  const tail = documentXml.slice(at + markerXml.length);
  delete parts["word/document.xml"];
  return Readable.from(zipChunks(skeleton, parts, head, body, tail));
}

/** The XML of `children` as the library writes them inside `document`'s body. */
export function serialise(document: Document, children: FileChild[]): string {
  const context = { file: document, viewWrapper: document.Document, stack: [] } as unknown as Parameters<FileChild["prepForXml"]>[0];
  let out = "";
  for (const child of children) {
    const object = child.prepForXml(context);
    if (object) out += xml(object as xml.XmlObject);
  }
  return out;
}

async function* zipChunks(document: Document, parts: Record<string, Uint8Array>, head: string, body: AsyncIterable<FileChild[]>, tail: string): AsyncGenerator<Uint8Array> {
  const small = Object.entries(parts).map(([name, data]): ZipEntry => ({ name, data: [data], compress: 6 }));
  yield* zipStream([...small, { name: "word/document.xml", data: documentXml(document, head, body, tail), compress: LEVEL }]);
}

/** word/document.xml in pieces of about FLUSH_AT characters, encoded as UTF-8. */
async function* documentXml(document: Document, head: string, body: AsyncIterable<FileChild[]>, tail: string): AsyncGenerator<Uint8Array> {
  let pending = head;
  for await (const children of body) {
    pending += serialise(document, children);
    if (pending.length >= FLUSH_AT) {
      yield strToU8(pending);
      pending = "";
    }
  }
  yield strToU8(pending + tail);
}
