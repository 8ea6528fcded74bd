/** Pure parts of the exports: formula neutralisation, Excel's cell limit, scripts and bidi runs, XML-safe text. */
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { csvRowsStream, neutraliseFormula } from "@/lib/exports/csv";
import { EXCEL_CELL_LIMIT, fitExcelCell } from "@/lib/exports/xlsx";
import { hasCjk, isRtl } from "@/lib/exports/script";
import { bidiStretches } from "@/lib/exports/bidi-runs";
import { xmlText } from "@/lib/exports/xml-text";
import { exportFileName } from "@/lib/exports";
import { exportLabels } from "@/lib/exports/labels";

describe("CSV formula neutralisation (OWASP CSV Injection)", () => {
  it.each(["=1+1", '=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it.each(["Plain", "a=b", "C7 (2025)", "مقترح", "", " =not at start", "'already"])("leaves %j alone", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("Excel's 32,767-character cell limit", () => {
  const note = (n: number) => exportLabels("en").t("truncated", { count: n });
  it("keeps text within the limit unchanged", () => {
    const text = "x".repeat(EXCEL_CELL_LIMIT);
    expect(fitExcelCell(text, note)).toBe(text);
  });
  it("cuts longer text to exactly the limit and says so", () => {
    const out = fitExcelCell("y".repeat(40_000), note);
    expect(out).toHaveLength(EXCEL_CELL_LIMIT);
    expect(out.endsWith("\n[Truncated here: the full text has 40,000 characters. See the JSON or Word export.]")).toBe(true);
  });
  it("never splits a surrogate pair", () => {
    const out = fitExcelCell("𠀀".repeat(20_000), note); // 40,000 UTF-16 units
    expect(out.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(out.split("\n")[0]).toMatch(/^(?:𠀀)+$/u);
  });
});

describe("scripts", () => {
  it("takes the direction of the first strong character", () => {
    expect(isRtl("مقترح بشأن C7 (2025)")).toBe(true);
    expect(isRtl("(2025) مقترح")).toBe(true);
    expect(isRtl("C7: مقترح")).toBe(false);
    expect(isRtl("关于C3的建议")).toBe(false);
    expect(isRtl("2025")).toBe(false);
  });
  it("finds Chinese characters", () => {
    expect(hasCjk("关于C3的建议")).toBe(true);
    expect(hasCjk("（")).toBe(true);
    expect(hasCjk("C3 and مقترح")).toBe(false);
  });
});

describe("bidi runs for DOCX", () => {
  const runs = (text: string, rtl: boolean) => bidiStretches(text, rtl).map((s) => [s.text, s.rtl]);
  it("keeps a Latin code and its bracketed year together after Arabic", () => {
    expect(runs("مقترح بشأن C7 (2025)", true)).toEqual([["مقترح بشأن ", true], ["C7 (2025)", false]]);
  });
  it("gives brackets around Latin after Arabic, and a final full stop, the paragraph's direction", () => {
    expect(runs("أهداف التنمية (SDG 9).", true)).toEqual([["أهداف التنمية (", true], ["SDG 9", false], [").", true]]);
  });
  it("keeps numbers in Arabic stretches right-to-left", () => {
    expect(runs("إجابة (2025).", true)).toEqual([["إجابة (2025).", true]]);
  });
  it("isolates Arabic inside a left-to-right paragraph", () => {
    expect(runs("WSIS20/3 · الاتحاد العربي", false)).toEqual([["WSIS20/3 · ", false], ["الاتحاد العربي", true]]);
  });
});

describe("XML-safe text", () => {
  it("drops characters XML 1.0 cannot carry and keeps the rest", () => {
    expect(xmlText("a\u0000b\u0008c\td\ne\rf\uFFFEg")).toBe("abc\td\ne\rfg");
    expect(xmlText("x\uD800y")).toBe("xy");
    expect(xmlText("𠀀 مقترح")).toBe("𠀀 مقترح");
  });
});

describe("download names", () => {
  it("names the file by the UTC date", () => {
    expect(exportFileName("csv-excel", new Date("2026-11-30T23:30:00Z"))).toBe("wsis20-contributions-2026-11-30.csv");
    expect(exportFileName("docx", new Date("2026-11-30T00:00:00Z"))).toBe("wsis20-contributions-2026-11-30.docx");
  });
});

describe("CSV written in pieces", () => {
  // 300 rows of ~600 characters: several 50-row calls of csv-stringify, several 64 KiB chunks.
  const header = ["Reference", "Text"];
  const rows = Array.from({ length: 300 }, (_, i) => [`WSIS20-C-${String(i).padStart(4, "0")}`, `Line one, "quoted"\n=second line ${i} ${"x".repeat(560)}`]);
  async function* source() {
    for (const r of rows) yield r;
  }

  for (const variant of ["plain", "excel"] as const) {
    it(`is the same text as one call over every row (${variant})`, async () => {
      const chunks: Buffer[] = [];
      for await (const c of csvRowsStream(header, source(), variant)) chunks.push(c as Buffer);
      const whole = stringify([header, ...rows].map((r) => r.map(neutraliseFormula)), { record_delimiter: variant === "excel" ? "windows" : "unix", quoted_match: /[\r\n]/ });
      expect(Buffer.concat(chunks).toString("utf8")).toBe((variant === "excel" ? "\uFEFF" : "") + whole);
    });
  }

  it("sends the header before the first row has arrived (a slow selection still starts the download)", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      await gate;
      yield ["WSIS20-C-0001", "text"];
    }
    const chunks = csvRowsStream(header, slow(), "plain")[Symbol.asyncIterator]();
    expect(String((await chunks.next()).value)).toBe("Reference,Text\n");
    release();
    expect(String((await chunks.next()).value)).toBe("WSIS20-C-0001,text\n");
    expect((await chunks.next()).done).toBe(true);
  });
});
