import { describe, expect, it } from "vitest";
import { ACCEPT_ATTRIBUTE, acceptedExtensionOf } from "@/lib/schemas/attachment";
import { cleanFilename, expectedMediaType } from "@/lib/services/attachments/file-types";
import { sizeParts } from "@/components/ui/file-size";

describe("attachment rules shared by the browser and the server", () => {
  it("accepts .pdf, .docx and .odt in any case, and nothing else", () => {
    expect(["a.PDF", "b.docx", "c.Odt", "d.pdf.exe", "e.doc", "f", ".pdf"].map(acceptedExtensionOf)).toEqual([".pdf", ".docx", ".odt", null, null, null, ".pdf"]);
    expect(ACCEPT_ATTRIBUTE).toContain(".odt");
  });

  it("needs the declared type to be the extension's type", () => {
    expect(expectedMediaType("a.pdf", "application/pdf")).toBe("application/pdf");
    expect(expectedMediaType("a.pdf", "Application/PDF; name=x")).toBe("application/pdf");
    expect(expectedMediaType("a.pdf", "text/html")).toBeNull();
    expect(expectedMediaType("a.pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBeNull();
    expect(expectedMediaType("a.pdf", null)).toBeNull();
    expect(expectedMediaType("a.html", "text/html")).toBeNull();
  });

  it("cleans file names: last path segment, no controls or bidi overrides, NFC, at most 255 code points", () => {
    expect(cleanFilename("C:\\Users\\x\\report.pdf")).toBe("report.pdf");
    expect(cleanFilename("../../etc/passwd.pdf")).toBe("passwd.pdf");
    // U+202E would display "invoice‮fdp.exe" as "invoiceexe.pdf".
    expect(cleanFilename("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFilename("caf\u0065\u0301.pdf")).toBe("café.pdf");
    const long = cleanFilename(`${"ع".repeat(300)}.docx`);
    expect([...long].length).toBe(255);
    expect(long.endsWith(".docx")).toBe(true);
  });

  it("shows sizes in binary units", () => {
    expect(sizeParts(20 * 1024 * 1024)).toEqual({ value: 20, unit: "megabyte" });
    expect(sizeParts(1536)).toEqual({ value: 1.5, unit: "kilobyte" });
    expect(sizeParts(12)).toEqual({ value: 12, unit: "byte" });
  });
});
