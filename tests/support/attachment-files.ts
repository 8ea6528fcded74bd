/**
 * Real files of each accepted type, made in the test (no binary fixtures in the repository), and
 * the impostors the portal must refuse.
 */
import { Document, Packer, Paragraph, TextRun } from "docx";
import { strToU8, unzipSync, zipSync } from "fflate";

/** A minimal valid one-page PDF 1.4 with `text` (ASCII), its xref offsets computed. */
export function makePdf(text = "WSIS+20 contribution", padTo = 0): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    (() => {
      const stream = `BT /F1 12 Tf 72 770 Td (${text.replace(/[()\\]/g, "\\$&")}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  // Padding as a PDF comment before the xref keeps the file valid at any size.
  if (padTo > 0) {
    const room = padTo - Buffer.byteLength(out, "latin1") - 200;
    if (room > 0) out += `%${"x".repeat(room - 2)}\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A DOCX made with the `docx` package, one paragraph per entry (right-to-left when asked). */
export async function makeDocx(paragraphs: string[], { rightToLeft = false } = {}): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ bidirectional: rightToLeft, children: [new TextRun({ text: p, rightToLeft })] })) }],
  });
  return Packer.toBuffer(doc);
}

/**
 * A minimal ODF text document: a ZIP whose first entry is `mimetype`, stored uncompressed
 * (OpenDocument 1.2 part 3 §3.3), then a manifest and the content.
 */
export function makeOdt(text = "Contribution"): Buffer {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>${text}</text:p></office:text></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return Buffer.from(
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": strToU8(content),
      "META-INF/manifest.xml": strToU8(manifest),
    }),
  );
}

/** The first bytes of a Linux executable (ELF header), padded. */
export function makeElf(): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]).copy(b);
  return b;
}

/** A Windows executable's DOS + PE headers (MZ, e_lfanew → "PE\0\0"), padded. */
export function makePe(): Buffer {
  const b = Buffer.alloc(4096);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  b.writeUInt16LE(0x14c, 0x84); // i386 machine
  return b;
}

export function makeHtml(): Buffer {
  return Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n");
}

/**
 * A valid DOCX whose document.xml carries `padBytes` of white space inside an XML comment: tiny
 * compressed, huge inflated (a ZIP bomb in miniature).
 */
export async function makeDocxBomb(padBytes: number): Promise<Buffer> {
  const entries = unzipSync(await makeDocx(["Bomb"]));
  const xml = Buffer.from(entries["word/document.xml"]).toString("utf8");
  const at = xml.indexOf("?>") + 2;
  const padded = `${xml.slice(0, at)}<!--${" ".repeat(padBytes)}-->${xml.slice(at)}`;
  return Buffer.from(zipSync({ ...entries, "word/document.xml": [strToU8(padded), { level: 9 }] }));
}
