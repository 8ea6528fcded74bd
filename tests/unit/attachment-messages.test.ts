/**
 * Issue 15 items 7 and 8: a file just over the limit is told apart from it ("20.03 MB; the limit
 * is 20.00 MB"), in the interface's number formatting; attaching a file whose content is already
 * attached names the file already there.
 */
import { describe, expect, it } from "vitest";
import { createFormatter, createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { afterUpload, compareSizes } from "@/components/ui/file-size";

const MiB = 1024 * 1024;
const formatterFor = (locale: string) => {
  const f = createFormatter({ locale, timeZone: "UTC" });
  return (v: number, o: Intl.NumberFormatOptions) => f.number(v, o as Parameters<typeof f.number>[1]);
};

describe("sizes against the limit", () => {
  it("shows two decimals in the limit's unit, the size rounded up", () => {
    const en20 = compareSizes(formatterFor("en"), Math.round(20.03 * MiB), 20 * MiB);
    expect(en20).toEqual({ size: "20.03 MB", limit: "20.00 MB" });
    // One byte over still reads as over.
    expect(compareSizes(formatterFor("en"), 20 * MiB + 1, 20 * MiB)).toEqual({ size: "20.01 MB", limit: "20.00 MB" });
    const t = createTranslator({ locale: "en", messages: en, namespace: "attachments" });
    expect(t("tooLarge", { name: "a.pdf", ...en20 })).toBe("“a.pdf” is 20.03 MB; the limit is 20.00 MB per file. It was not sent.");
  });

  it("formats numbers the interface's way (German decimal comma, Arabic unit)", () => {
    expect(compareSizes(formatterFor("de"), Math.round(20.03 * MiB), 20 * MiB).size).toBe("20,03 MB");
    const arabic = compareSizes(formatterFor("ar"), Math.round(20.03 * MiB), 20 * MiB);
    const t = createTranslator({ locale: "ar", messages: ar, namespace: "attachments" });
    const text = t("tooLarge", { name: "a.pdf", ...arabic });
    expect(text).toContain(arabic.size);
    expect(text).toContain(arabic.limit);
    expect(arabic.size).not.toBe(arabic.limit);
  });
});

describe("the same file twice", () => {
  it("lists it once and names the file already attached", () => {
    const first = { id: "a1", filename: "Position paper.pdf" };
    const { items, sameAs } = afterUpload([first], { id: "a1", filename: "Position paper.pdf" });
    expect(items).toEqual([first]);
    expect(sameAs).toBe(first);
    const t = createTranslator({ locale: "en", messages: en, namespace: "attachments" });
    expect(t("sameFile", { name: "copy.pdf", existing: sameAs!.filename })).toBe("“copy.pdf” has the same content as “Position paper.pdf”, which is already attached. It was not added again.");
    expect(afterUpload([first], { id: "a2", filename: "b.pdf" })).toEqual({ items: [first, { id: "a2", filename: "b.pdf" }], sameAs: null });
  });
});
