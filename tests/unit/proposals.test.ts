/** Revision proposals, pure parts: normalisation of pasted text, the marker rules, consolidation. */
import { describe, expect, it } from "vitest";
import { normaliseProposalText, changedAnything } from "@/lib/revision/normalise";
import { proposalProblems, ZProposalInput, ZDraftProposal } from "@/lib/schemas/proposal";
import { consolidate, openQuestions, type AcceptedProposal } from "@/lib/revision/consolidate";
import { planOfActionBaseline } from "@/lib/revision/baseline-source";
import { wordDiff } from "@/lib/revision/word-diff";

describe("normaliseProposalText", () => {
  it("removes Word bookmarks, soft hyphens and zero-width spaces, and says how many", () => {
    const r = normaliseProposalText("[bookmark: _Toc111642774][bookmark: _Toc111646842]Resolution 75 (Rev.\u00A0New\u00A0Delhi, 2024) pro\u00ADmotes\u200B ICTs");
    expect(r.text).toBe("Resolution 75 (Rev. New Delhi, 2024) promotes ICTs");
    expect(r.changes).toMatchObject({ bookmarks: 2, softHyphens: 1, zeroWidth: 1, specialSpaces: 2 });
    expect(changedAnything(r.changes)).toBe(true);
  });

  it("keeps typographic quotes, dashes, Arabic marks and joiners; tidies line breaks and spaces", () => {
    const r = normaliseProposalText("  society’s “needs” — all\r\nالمراجَع\u200F  في   جنيف \r\n\r\n\r\n\r\nend  ");
    expect(r.text).toBe("society’s “needs” — all\nالمراجَع\u200F في جنيف\n\nend");
    expect(r.changes.lineBreaks).toBe(5);
    expect(r.changes.extraSpaces).toBe(1);
  });

  it("changes nothing in clean text", () => {
    const r = normaliseProposalText("broaden access to orbital resources;");
    expect(r.text).toBe("broaden access to orbital resources;");
    expect(changedAnything(r.changes)).toBe(false);
  });
});

describe("proposal rules", () => {
  const provisions = new Map([
    ["9 d) i)", { text: "broaden access to orbital resources;", partial: false }],
    ["17", { text: "E-learning", partial: true }],
  ]);
  const check = (p: Partial<{ marker: "ADD" | "MOD" | "SUP" | "NOC"; ref: string; text: string; reasons: string }>, complete = true) =>
    proposalProblems({ marker: "MOD", ref: "9 d) i)", text: "", reasons: "Because.", ...p }, provisions, { complete }).map((x) => `${x.field}:${x.message}`);

  it("MOD: needs text, different from the baseline", () => {
    expect(check({ text: "broaden access to orbital resources;" })).toEqual(["text:noChangeUseNoc"]);
    expect(check({ text: "" })).toEqual(["text:modNeedsText"]);
    expect(check({ text: "broaden access to orbital and spectrum resources;" })).toEqual([]);
  });
  it("SUP and NOC carry no text; ADD needs an anchor and text", () => {
    expect(check({ marker: "SUP", text: "x" })).toEqual(["text:supNoText"]);
    expect(check({ marker: "NOC", text: "x" })).toEqual(["text:nocNoText"]);
    expect(check({ marker: "SUP" })).toEqual([]);
    expect(check({ marker: "ADD", ref: "", text: "New." })).toEqual(["ref:addNeedsAnchor"]);
    expect(check({ marker: "ADD", text: "" })).toEqual(["text:addNeedsText"]);
  });
  it("the provision must exist in the baseline version; a partial one cannot take a MOD", () => {
    expect(check({ ref: "9 z)", text: "x" })).toEqual(["ref:unknownProvision"]);
    expect(check({ ref: "17", text: "E-learning and more" })).toEqual(["ref:baselinePartial"]);
    expect(check({ marker: "ADD", ref: "17", text: "New." })).toEqual([]);
  });
  it("reasons are required on submission; a draft is held to what storage needs only", () => {
    expect(check({ marker: "NOC", reasons: "" })).toEqual(["reasons:reasonsRequired"]);
    expect(check({ text: "broaden access to orbital resources;", reasons: "" }, false)).toEqual([]);
    expect(check({ marker: "SUP", text: "x" }, false)).toEqual(["text:supNoText"]);
    expect(check({ ref: "9 z)" }, false)).toEqual(["ref:unknownProvision"]);
  });
  it("the schema normalises pasted text and bounds its length", () => {
    const parsed = ZProposalInput.parse({ marker: "MOD", ref: " 9 d) i) ", text: "[bookmark: _Toc1]a\u00ADb\u00A0c", reasons: "r" });
    expect(parsed).toEqual({ marker: "MOD", ref: "9 d) i)", text: "ab c", reasons: "r" });
    const long = ZDraftProposal.safeParse({ marker: "MOD", ref: "9 a)", text: "x".repeat(20_001), reasons: "" });
    expect(long.error?.issues[0].message).toBe("tooLong:20000");
    const bidi = ZDraftProposal.safeParse({ marker: "MOD", ref: "9 a)", text: "abc\u202Edef", reasons: "" });
    expect(bidi.error?.issues[0].message).toBe("bidiControls");
  });
});

describe("consolidate", () => {
  const provisions = [
    { ref: "9", kind: "chapeau", text: "Infrastructure is central." },
    { ref: "9 a)", kind: "subparagraph", text: "Governments should act." },
    { ref: "9 b)", kind: "subparagraph", text: "Devise universal access policies." },
  ];
  const p = (id: string, marker: AcceptedProposal["marker"], ref: string, text = "", number = `EXA/WSIS20-C-0001/${id}`): AcceptedProposal => ({ id, number, marker, ref, text, source: "EXA" });

  it("leaves provisions without accepted proposals unchanged", () => {
    expect(consolidate(provisions, []).map((e) => (e.kind === "provision" ? e.state : e.kind))).toEqual(["unchanged", "unchanged", "unchanged"]);
  });
  it("applies a MOD with marks, a SUP struck, and ADDs after their anchor in number order", () => {
    const entries = consolidate(provisions, [
      p("1", "MOD", "9 a)", "Governments should act now."),
      p("2", "SUP", "9 b)"),
      p("4", "ADD", "9", "Second new provision.", "EXA/WSIS20-C-0001/10"),
      p("3", "ADD", "9", "First new provision.", "EXA/WSIS20-C-0001/9"),
    ]);
    expect(entries.map((e) => (e.kind === "provision" ? `${e.ref}:${e.state}` : `+${e.text}`))).toEqual(["9:unchanged", "+First new provision.", "+Second new provision.", "9 a):modified", "9 b):suppressed"]);
    const mod = entries[3];
    expect(mod.kind === "provision" && mod.state === "modified" && mod.runs).toEqual([
      { kind: "equal", text: "Governments should act" },
      { kind: "insert", text: " now" },
      { kind: "equal", text: "." },
    ]);
    expect(openQuestions(entries)).toBe(1); // the order of the two new provisions after §9
  });
  it("identical MODs from two sources are one outcome; different outcomes are a conflict", () => {
    const same = consolidate(provisions, [p("1", "MOD", "9 a)", "Governments must act."), { ...p("2", "MOD", "9 a)", "Governments must act."), source: "ETU" }]);
    expect(same[1]).toMatchObject({ state: "modified" });
    const clash = consolidate(provisions, [p("1", "MOD", "9 a)", "Governments must act."), p("2", "NOC", "9 a)")]);
    expect(clash[1]).toMatchObject({ state: "conflict", text: "Governments should act." });
    expect(openQuestions(clash)).toBe(1);
  });
});

describe("the Plan of Action as baseline version 1", () => {
  it("has every provision of §8–§26 with a unique reference, in order", () => {
    const b = planOfActionBaseline();
    expect(b.provisions).toHaveLength(160);
    expect(new Set(b.provisions.map((p) => p.ref)).size).toBe(160);
    expect(b.provisions.filter((p) => p.kind === "heading").map((p) => p.ref)).toEqual(["15", "16", "17", "18", "19", "20", "21", "22"]);
    expect(b.caveats.map((c) => c.ref)).toContain("17");
  });
});

describe("revision marks for Arabic text with Latin codes and numbers", () => {
  it("marks the replaced city and year of a revised resolution title", () => {
    const runs = wordDiff("القرار 75 (المراجَع في جنيف، 2022)", "القرار 75 (المراجَع في نيودلهي، 2024)", "ar");
    expect(runs).toEqual([
      { kind: "equal", text: "القرار 75 (المراجَع في " },
      { kind: "delete", text: "جنيف" },
      { kind: "insert", text: "نيودلهي" },
      { kind: "equal", text: "، " },
      { kind: "delete", text: "2022" },
      { kind: "insert", text: "2024" },
      { kind: "equal", text: ")" },
    ]);
  });
});
