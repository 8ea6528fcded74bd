import { describe, expect, it } from "vitest";
import { codePointLength, hasVisibleText, requiredText, exactText } from "@/lib/schemas/text";

describe("visible text", () => {
  it.each([
    ["spaces only", "   "],
    ["direction marks only", "\u200f\u200e"],
    ["zero-width and joiners only", "\u200b\u200c\u200d\u2060"],
    ["bidi overrides only", "\u202e\u202d\u2066\u2069"], // refused as bidiControls before visibility
    ["soft hyphen and BOM", "\u00ad\ufeff"],
    ["tabs, newlines, no-break spaces", "\t\n\u00a0\u3000"],
  ])("refuses %s", (_, s) => {
    expect(hasVisibleText(s)).toBe(false);
    const r = requiredText(100).safeParse(s);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/^(required|invisibleOnly|bidiControls)$/);
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

describe("characters that look like text but are not", () => {
  it.each([
    ["Hangul fillers", "\u3164\u3164\u3164"],
    ["half-width Hangul filler", "\uffa0\uffa0\uffa0"],
    ["Hangul choseong/jungseong fillers", "\u115f\u1160\u115f"],
    ["blank Braille pattern", "\u2800\u2800\u2800"],
    ["combining marks alone", "\u0301\u0301\u0301"],
    ["variation selectors", "\ufe0f\ufe0f\ufe0f"],
    ["combining grapheme joiner", "\u034f\u034f\u034f"],
  ])("refuses a title of %s", (_, s) => {
    expect(requiredText(300, 3).safeParse(s).error?.issues[0].message).toBe("invisibleOnly");
  });

  it("refuses NUL, other controls and lone surrogates, with their own message", () => {
    for (const s of ["abc\u0000def", "abc\u0007def", "abc\ud800def"]) {
      expect(requiredText(300).safeParse(s).error?.issues[0].message).toBe("invalidCharacters");
      expect(exactText(300).safeParse(s).error?.issues[0].message).toBe("invalidCharacters");
    }
  });

  it("refuses direction overrides and isolates but keeps marks", () => {
    expect(requiredText(300).safeParse("\u202eevil title").error?.issues[0].message).toBe("bidiControls");
    expect(requiredText(300).safeParse("title \u2066x\u2069").error?.issues[0].message).toBe("bidiControls");
    expect(requiredText(300).safeParse("القرار\u200f 75 \u061c").success).toBe(true);
  });

  it("keeps one-line texts on one line", () => {
    expect(requiredText(300, 1, { singleLine: true }).safeParse("Line 1\r\nBcc: x@example.org").error?.issues[0].message).toBe("singleLine");
  });
});
