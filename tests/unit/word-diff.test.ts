import { describe, expect, it } from "vitest";
import { tokenize, wordDiff } from "@/lib/revision/word-diff";

const join = (runs: { kind: string; text: string }[], keep: string) => runs.filter((r) => r.kind === "equal" || r.kind === keep).map((r) => r.text).join("");

describe("word-level differences", () => {
  it("marks a changed word, not the whole sentence", () => {
    expect(wordDiff("ITU shall facilitate C2.", "ITU should facilitate C2.")).toEqual([
      { kind: "equal", text: "ITU " },
      { kind: "delete", text: "shall" },
      { kind: "insert", text: "should" },
      { kind: "equal", text: " facilitate C2." },
    ]);
  });

  it("treats punctuation as its own token", () => {
    expect(wordDiff("access, security", "access; security")).toEqual([
      { kind: "equal", text: "access" },
      { kind: "delete", text: "," },
      { kind: "insert", text: ";" },
      { kind: "equal", text: " security" },
    ]);
  });

  it("works on Arabic words, keeping diacritics within the word", () => {
    const before = "يتناول القرار 70 (المراجَع في بوخارست، 2022)";
    const after = "يتناول القرار 70 (المراجَع في دبي، 2018)";
    const runs = wordDiff(before, after, "ar");
    expect(runs.filter((r) => r.kind === "delete").map((r) => r.text)).toEqual(["بوخارست", "2022"]);
    expect(runs.filter((r) => r.kind === "insert").map((r) => r.text)).toEqual(["دبي", "2018"]);
    expect(join(runs, "delete")).toBe(before);
    expect(join(runs, "insert")).toBe(after);
  });

  it("finds Chinese words without spaces", () => {
    expect(tokenize("信息社会世界峰会", "zh").length).toBeGreaterThan(1);
    const runs = wordDiff("国际电信联盟支持信息社会", "国际电信联盟推动信息社会", "zh");
    expect(runs.filter((r) => r.kind !== "equal").map((r) => r.text).join("|")).toBe("支持|推动");
  });

  it("reports no change for equal texts", () => {
    expect(wordDiff("same text", "same text")).toEqual([{ kind: "equal", text: "same text" }]);
  });
});

describe("readable change blocks", () => {
  it("shows a replaced phrase as one deletion and one insertion", () => {
    const runs = wordDiff("skills in all regions.", "skills in Africa and the Arab States.");
    expect(runs).toEqual([
      { kind: "equal", text: "skills in " },
      { kind: "delete", text: "all regions" },
      { kind: "insert", text: "Africa and the Arab States" },
      { kind: "equal", text: "." },
    ]);
  });
});
