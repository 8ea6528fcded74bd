/**
 * Rendering of revision marks and the synoptic table (server markup, as the browser receives it):
 * <del>/<ins> with hidden labels for screen readers in the interface language, the baseline's
 * language and direction kept inside an Arabic page, Arabic and Chinese proposed texts marked
 * word by word, provision references isolated left to right.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { ProposedText } from "@/components/proposals/proposed-text";
import { SynopticTable, type SynopticRow } from "@/components/proposals/synoptic-table";

function render(locale: "en" | "ar", element: React.ReactElement): string {
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === "en" ? en : ar, timeZone: "UTC", children: element }));
}
const textOf = (html: string, tag: "del" | "ins") => [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, "g"))].map((m) => m[1]);

describe("ProposedText", () => {
  it("marks a MOD word by word, with hidden labels in the interface language", () => {
    const html = render("ar", createElement(ProposedText, { marker: "MOD", baselineText: "broaden access to orbital resources;", text: "broaden access to orbital and spectrum resources;", lang: "en" }));
    expect(textOf(html, "ins")).toEqual(["and spectrum "]);
    expect(textOf(html, "del")).toEqual([]);
    expect(html).toContain('<div lang="en" dir="ltr" class="content revision">');
    expect(html).toContain('<span class="visually-hidden" lang="ar">[مضاف: </span><ins>');
  });

  it("marks Arabic and Chinese texts by word, punctuation apart", () => {
    const arabic = render("en", createElement(ProposedText, { marker: "MOD", baselineText: "القرار 75 (المراجَع في جنيف، 2022)", text: "القرار 75 (المراجَع في نيودلهي، 2024)", lang: "ar" }));
    expect(arabic).toContain('dir="rtl"');
    expect(textOf(arabic, "del")).toEqual(["جنيف", "2022"]);
    expect(textOf(arabic, "ins")).toEqual(["نيودلهي", "2024"]);
    const chinese = render("en", createElement(ProposedText, { marker: "MOD", baselineText: "加强信息和知识获取。", text: "加强信息、数据和知识获取。", lang: "zh" }));
    expect(textOf(chinese, "del")).toEqual([]);
    expect(textOf(chinese, "ins").join("")).toBe("、数据");
  });

  it("ADD is all inserted, SUP all struck, NOC unchanged with a note", () => {
    expect(textOf(render("en", createElement(ProposedText, { marker: "ADD", baselineText: "x", text: "New provision.", lang: "en" })), "ins")).toEqual(["New provision."]);
    expect(textOf(render("en", createElement(ProposedText, { marker: "SUP", baselineText: "Old provision.", text: "", lang: "en" })), "del")).toEqual(["Old provision."]);
    const noc = render("en", createElement(ProposedText, { marker: "NOC", baselineText: "Old provision.", text: "", lang: "en" }));
    expect(noc).not.toMatch(/<(del|ins)>/);
    expect(noc).toContain("No change proposed");
  });
});

describe("SynopticTable", () => {
  const row: SynopticRow = {
    id: "p1",
    number: "EXA/WSIS20-C-0001/1",
    position: 1,
    marker: "MOD",
    text: "broaden access to orbital and spectrum resources;",
    reasons: "الطيف مهم.",
    decision: "ACCEPTED",
    decisionNote: "Secretariat note",
    provision: { ref: "9 d) i)", actionLine: "C2", text: "broaden access to orbital resources;", baseline: { version: 1, language: "en" } },
  };

  it("in Arabic: the provision reference is a left-to-right isolate, texts keep their languages, notes only when asked", () => {
    const html = render("ar", createElement(SynopticTable, { rows: [row], contributionLanguage: "ar" }));
    expect(html).toContain('الفقرة <bdi dir="ltr" class="nowrap">9 d) i)</bdi>');
    expect(html).toContain('<div class="content" lang="ar" dir="rtl">الطيف مهم.</div>');
    expect(html).toContain('<div class="content" lang="en" dir="ltr">broaden access to orbital resources;</div>');
    expect(html).toContain("مقبول");
    expect(html).not.toContain("Secretariat note");
    expect(render("en", createElement(SynopticTable, { rows: [row], contributionLanguage: "ar", showDecisionNote: true }))).toContain("Secretariat note");
  });
});

describe("ProposalsCompare (versions)", () => {
  it("marks what changed in a proposal's text and reasons, and names new and dropped proposals", async () => {
    const { ProposalsCompare } = await import("@/components/proposals/proposals-compare");
    const before = [
      { number: "EXA/WSIS20-C-0001/1", position: 1, marker: "MOD" as const, ref: "9 d) i)", text: "broaden access to orbital resources;", reasons: "Spectrum." },
      { number: "EXA/WSIS20-C-0001/2", position: 2, marker: "SUP" as const, ref: "9 e)", text: "", reasons: "Covered." },
    ];
    const after = [
      { number: "EXA/WSIS20-C-0001/1", position: 1, marker: "MOD" as const, ref: "9 d) i)", text: "broaden access to orbital and spectrum resources;", reasons: "Spectrum." },
      { number: "EXA/WSIS20-C-0001/2", position: 2, marker: "ADD" as const, ref: "9 l)", text: "New provision.", reasons: "New." },
    ];
    const html = render("en", createElement(ProposalsCompare, { before, after, lang: "en" }));
    expect(textOf(html, "ins")).toEqual(["and spectrum ", "New provision.", "New."]);
    expect(html).toContain("Reasons unchanged.");
    expect(html).toContain("new in this version");
    expect(html).toContain("dropped in this version");
  });
});
