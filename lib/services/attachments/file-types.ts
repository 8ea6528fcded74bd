/**
 * The attachment types the portal accepts, and the three-way check: the file name's extension,
 * the type the browser declared and the type sniffed from the content must all name the same one
 * of PDF, DOCX or ODT. A renamed executable, an HTML page named `.pdf` or a DOCX renamed `.pdf`
 * fails at least one of them.
 *
 * Sniffing uses `file-type` (magic numbers; for ZIP-based formats it reads the archive's
 * `[Content_Types].xml` or ODF `mimetype` entry). Media types: RFC 8118 (PDF), ECMA-376 / IANA
 * registration (DOCX), OASIS ODF 1.2 part 3 §3.3 (ODT `mimetype`).
 */
import { Readable } from "node:stream";
import { fileTypeFromStream } from "file-type";
import { ACCEPTED_TYPES, acceptedExtensionOf, type AcceptedMediaType } from "@/lib/schemas/attachment";

export { ACCEPTED_TYPES, DOCX_TYPE, acceptedExtensionOf, type AcceptedExtension, type AcceptedMediaType } from "@/lib/schemas/attachment";

/** "Application/PDF; charset=x" → "application/pdf". */
export function normaliseMediaType(declared: string | null | undefined): string {
  return (declared ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * The media type `filename` and `declaredType` agree on, or null when the extension is not
 * accepted or the declared type is another one. Checked before any byte is stored.
 */
export function expectedMediaType(filename: string, declaredType: string | null | undefined): AcceptedMediaType | null {
  const ext = acceptedExtensionOf(filename);
  if (!ext) return null;
  return normaliseMediaType(declaredType) === ACCEPTED_TYPES[ext] ? ACCEPTED_TYPES[ext] : null;
}

/**
 * The media type sniffed from `content` (file-type reads only the first bytes it needs, then the
 * stream is closed), or null when it recognises nothing (plain text and HTML included).
 */
export async function sniffMediaType(content: Readable): Promise<string | null> {
  try {
    // As a web stream: the type declarations resolve to file-type's core entry, which takes web
    // streams only (its Node entry takes both).
    return (await fileTypeFromStream(Readable.toWeb(content) as ReadableStream<Uint8Array>))?.mime ?? null;
  } finally {
    content.destroy();
  }
}

/**
 * A file name fit to store and show: the last path segment, Unicode NFC, without control or
 * bidi-override characters, at most 255 code points (keeping the extension).
 */
export function cleanFilename(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // Cc controls and the bidi embeddings/overrides/isolates, which could disguise an extension.
  const cleaned = base.normalize("NFC").replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, "").trim();
  const points = [...cleaned];
  if (points.length <= 255) return cleaned;
  const ext = /\.[^.]{1,10}$/.exec(cleaned)?.[0] ?? "";
  return points.slice(0, 255 - ext.length).join("") + ext;
}
