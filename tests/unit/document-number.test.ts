import { describe, expect, it } from "vitest";
import { baseDocumentNumber, baseOf, formatDocumentNumber, parseDocumentNumber, withPart } from "@/lib/reference/document-number";

describe("ITU document numbers", () => {
  it("formats the base number, parts and language letters as ITU writes them", () => {
    expect(baseDocumentNumber("WSIS20", 5)).toBe("CWG-WSIS&SDG/WSIS20/5");
    expect(formatDocumentNumber({ series: "WSIS20", n: 5, part: { kind: "REVISION", n: 1 }, language: "fr" })).toBe("CWG-WSIS&SDG/WSIS20/5(Rev.1)-F");
    expect(withPart("CWG-WSIS&SDG/WSIS20/5", { kind: "ADDENDUM", n: 2 })).toBe("CWG-WSIS&SDG/WSIS20/5(Add.2)");
    expect(withPart("CWG-WSIS&SDG/WSIS20/5", { kind: "CORRIGENDUM", n: 1 }, "zh")).toBe("CWG-WSIS&SDG/WSIS20/5(Corr.1)-C");
    expect(withPart("CWG-WSIS&SDG/WSIS20/5", null, "ar")).toBe("CWG-WSIS&SDG/WSIS20/5-A");
    const letters = (["ar", "zh", "en", "fr", "ru", "es"] as const).map((l) => withPart("X", null, l));
    expect(letters).toEqual(["X-A", "X-C", "X-E", "X-F", "X-R", "X-S"]);
    // Rev.0 is the original: no suffix; an unknown language: no letter.
    expect(withPart("X", { kind: "REVISION", n: 0 }, "de")).toBe("X");
  });

  it("parses what it formats, and refuses anything else", () => {
    for (const s of ["CWG-WSIS&SDG/WSIS20/5", "CWG-WSIS&SDG/WSIS20/5(Rev.1)-F", "CWG-WSIS&SDG/WSIS20/12(Add.3)", "CWG-WSIS&SDG/WSIS20/1(Corr.1)-S", "CWG-WSIS&SDG/WSIS20/7-R"]) {
      const d = parseDocumentNumber(s);
      expect(d).not.toBeNull();
      expect(formatDocumentNumber(d!)).toBe(s);
    }
    expect(parseDocumentNumber(" CWG-WSIS&SDG/WSIS20/5(Rev.2)-A ")).toEqual({ series: "WSIS20", n: 5, part: { kind: "REVISION", n: 2 }, language: "ar" });
    for (const bad of ["", "CWG-WSIS&SDG/WSIS20/0", "CWG-WSIS&SDG/WSIS20/5(Rev.0)", "CWG-WSIS&SDG/WSIS20/5(rev.1)", "CWG-WSIS&SDG/WSIS20/5-G", "CWG-WSIS&SDG/WSIS20/5(Rev.1)(Add.1)", "WSIS20-C-0001"]) expect(parseDocumentNumber(bad)).toBeNull();
    expect(baseOf("CWG-WSIS&SDG/WSIS20/5(Rev.1)-F")).toBe("CWG-WSIS&SDG/WSIS20/5");
    expect(baseOf("nonsense")).toBeNull();
  });
});
