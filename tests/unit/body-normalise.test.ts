/**
 * Issue 12 item 12: text pasted from Word kept `[bookmark: …]` and `[footnoteRef…]` artefacts,
 * published verbatim. The body is normalised (artefacts only), the same in the browser and on
 * the server; the seed's real Arabic contribution is the case.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseBodyText } from "@/lib/revision/normalise";

const fixture = [path.join(__dirname, "..", "..", "..", "shared", "fixtures", "atu-proposal-res75-ar.txt"), path.join(__dirname, "..", "..", "e2e", "fixtures", "atu-proposal-res75-ar.txt")].find(existsSync)!;

describe("body normalisation", () => {
  it("removes Word's bookmarks and moves a footnote to the end of the real Arabic contribution", () => {
    const text = readFileSync(fixture, "utf8");
    const { text: out, changes } = normaliseBodyText(text);
    expect(changes).toEqual({ bookmarks: 4, footnotes: 1 });
    expect(out).not.toMatch(/\[bookmark:|\[footnoteRef:|\[1: /);
    // The reference stays where it was, as "[1]" right after the word, before the Arabic semicolon.
    expect(out).toMatch(/\p{L}\[1\]؛/u);
    expect(out.trimEnd().split("\n").at(-1)).toMatch(/^\[1\] \p{L}/u);
    expect(out.trimEnd().split("\n").at(-1)).toContain("انتقالية.");
    // Nothing else changes: the text before the footnote is kept as typed (tabs included).
    expect(out.startsWith(text.replace(/\[bookmark: [^\]]*\]/g, "").slice(0, 200))).toBe(true);
    expect(normaliseBodyText(out)).toEqual({ text: out, changes: { bookmarks: 0, footnotes: 0 } });
  });

  it("leaves ordinary bracketed text alone", () => {
    const text = "See [2: the annex] and [footnote] here.\r\n\tIndented.";
    expect(normaliseBodyText(text)).toEqual({ text, changes: { bookmarks: 0, footnotes: 0 } });
  });

  it("numbers several notes in order", () => {
    const { text } = normaliseBodyText("One[footnoteRef:1]1 two[footnoteRef:2]2. [1: 1\tFirst note.] [2: 2\tSecond note.]\nEnd.");
    expect(text).toBe("One[1] two[2].\nEnd.\n\n[1] First note.\n[2] Second note.");
  });
});
