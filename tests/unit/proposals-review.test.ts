/** Review of the revision proposals (issue 6), pure parts: invisible texts, bounded diff cost. */
import { describe, expect, it } from "vitest";
import { ZProposalInput, ZDraftProposal } from "@/lib/schemas/proposal";
import { wordDiff } from "@/lib/revision/word-diff";

const join = (runs: { kind: string; text: string }[], keep: string) => runs.filter((r) => r.kind === "equal" || r.kind === keep).map((r) => r.text).join("");

describe("proposed text made only of invisible characters", () => {
  it("is refused for a MOD and an ADD, in a draft too (it would read as 'delete everything')", () => {
    for (const text of ["\u200E", "\u200F\u200D", "\u2800 \u2060"]) {
      for (const marker of ["MOD", "ADD"] as const) {
        const r = ZProposalInput.safeParse({ marker, ref: "9 a)", text, reasons: "x" });
        expect(r.error?.issues.map((i) => [i.path.join("."), i.message]), `${marker} ${JSON.stringify(text)}`).toEqual([["text", "invisibleOnly"]]);
        expect(ZDraftProposal.safeParse({ marker, ref: "9 a)", text, reasons: "" }).success).toBe(false);
      }
    }
    // Direction marks inside real text stay.
    expect(ZProposalInput.parse({ marker: "MOD", ref: "9 a)", text: "\u200Fنص\u200F", reasons: "x" }).text).toBe("\u200Fنص\u200F");
  });
});

describe("revision marks of very different long texts", () => {
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

  it("past the edit budget, keeps the common start and end and marks the middle as one deletion and one insertion", () => {
    const before = `Common opening words. ${words(3000, "a")} common closing words.`;
    const after = `Common opening words. ${words(3000, "b")} common closing words.`;
    const runs = wordDiff(before, after);
    expect(join(runs, "delete")).toBe(before);
    expect(join(runs, "insert")).toBe(after);
    expect(runs.map((r) => r.kind)).toEqual(["equal", "delete", "insert", "equal"]);
    expect(runs[0].text).toBe("Common opening words. ");
    expect(runs[3].text).toBe(" common closing words.");
  });

  it("a long insertion into a short provision is still marked word by word", () => {
    const before = "broaden access to orbital resources;";
    const after = `broaden access to ${words(3000, "n")} orbital resources;`;
    const runs = wordDiff(before, after);
    expect(runs.map((r) => r.kind)).toEqual(["equal", "insert", "equal"]);
    expect(join(runs, "insert")).toBe(after);
  });
});
