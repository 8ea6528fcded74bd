import { describe, expect, it } from "vitest";
import { codePointLength, hasVisibleText, requiredText, exactText } from "@/lib/schemas/text";

describe("visible text", () => {
  it.each([
    ["spaces only", "   "],
    ["direction marks only", "\u200f\u200e"],
    ["zero-width and joiners only", "\u200b\u200c\u200d\u2060"],
    ["bidi overrides only", "\u202e\u202d\u2066\u2069"],
    ["soft hyphen and BOM", "\u00ad\ufeff"],
    ["tabs, newlines, no-break spaces", "\t\n\u00a0\u3000"],
  ])("refuses %s", (_, s) => {
    expect(hasVisibleText(s)).toBe(false);
    const r = requiredText(100).safeParse(s);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/^(required|invisibleOnly)$/);
  });

  it.each([
    ["Arabic", "مقترح مشترك"],
    ["Persian with zero-width non-joiner inside a word", "می\u200cخواهم"],
    ["Arabic with a right-to-left mark inside", "القرار\u200f 75"],
    ["Chinese", "信息社会世界峰会"],
    ["emoji with joiner", "👩\u200d💻 ICT"],
  ])("accepts %s and keeps its marks", (_, s) => {
    const r = requiredText(100).safeParse(s);
    expect(r.success).toBe(true);
    expect(r.data).toBe(s.trim());
  });
});

describe("lengths count code points", () => {
  it("counts astral characters once", () => {
    expect("𠀀𠀁".length).toBe(4);
    expect(codePointLength("𠀀𠀁")).toBe(2);
  });

  it("accepts exactly the limit and refuses one more, in any script", () => {
    const at = "𠀀".repeat(5);
    expect(requiredText(5).safeParse(at).success).toBe(true);
    const over = requiredText(5).safeParse(at + "ع");
    expect(over.success).toBe(false);
    expect(over.error?.issues[0].message).toBe("tooLong:5");
  });

  it("keeps a body exactly as typed, leading and trailing spaces included", () => {
    const body = " مقدمة\n\tنص\u00a0مع مسافة\n ";
    expect(exactText(1000).parse(body)).toBe(body);
    expect(exactText(1000).safeParse(" \u200f\n").success).toBe(false);
  });
});
