/**
 * Issue 15 item 10: comparing versions shows every field a contributor can change, not only
 * title, summary and body: language, Action Lines, SDGs, answers and attachments (and the
 * revision proposals, compared already).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { VersionCompare } from "@/components/contributions/version-compare";
import type { VersionedContribution } from "@/lib/services/contributions/versions";

const base = { id: "v", contributionId: "c", title: "Title", summary: "Summary", body: "Body text.", createdById: "u", proposals: [] };
const c = {
  id: "c",
  title: "Title",
  language: "en",
  versions: [
    { ...base, number: 1, createdAt: new Date("2026-11-01T10:00:00Z"), language: "en", actionLines: ["C2", "C5"], sdgs: [4, 9], answers: [{ questionId: "q1", position: 1, text: "Rural schools first." }], attachments: [{ id: "a1", filename: "annex.pdf", sha256: "aa", size: 1 }], c7SubItems: [], cosponsors: [{ organisationId: "o1", name: "Ministry of Posts", status: "INVITED" }, { organisationId: "o2", name: "Rural Network", status: "CONFIRMED" }] },
    { ...base, number: 2, createdAt: new Date("2026-11-05T10:00:00Z"), language: "fr", actionLines: ["C5", "C7"], sdgs: [9], answers: [{ questionId: "q1", position: 1, text: "Rural clinics first." }], attachments: [{ id: "a2", filename: "annex-v2.pdf", sha256: "bb", size: 1 }], c7SubItems: ["e-health", "e-learning"], cosponsors: [{ organisationId: "o1", name: "Ministry of Posts", status: "CONFIRMED" }] },
  ],
} as unknown as VersionedContribution;

function render(locale: "en" | "ar") {
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === "en" ? en : ar, timeZone: "UTC", children: createElement(VersionCompare, { c, from: 1, to: 2 }) }));
}

describe("version comparison", () => {
  it("shows changed Action Lines, SDGs, language, answers and attachments", () => {
    const html = render("en");
    const section = (heading: string) => html.split(`>${heading}</h2>`)[1]?.split("<h2")[0] ?? "";
    expect(section("Action Lines")).toMatch(/<del>.*C2.*<\/del>/);
    expect(section("Action Lines")).toMatch(/<ins>.*C7.*<\/ins>/);
    expect(section("Sustainable Development Goals")).toMatch(/<del>.*SDG 4.*<\/del>/);
    expect(section("Original language")).toMatch(/<del>.*EN.*<\/del>.*<ins>.*FR.*<\/ins>/);
    expect(section("Answers to the guiding questions")).toMatch(/<del[^>]*>.*schools.*<\/del>/);
    expect(section("Answers to the guiding questions")).toMatch(/<ins[^>]*>.*clinics.*<\/ins>/);
    expect(section("Attachments")).toMatch(/<del>.*annex\.pdf.*<\/del>/);
    expect(section("Attachments")).toMatch(/<ins>.*annex-v2\.pdf.*<\/ins>/);
  });

  it("shows changed C7 sub-items and co-sponsors (an invitation that was confirmed, a co-sponsor that left)", () => {
    const html = render("en");
    const section = (heading: string) => html.split(`>${heading}</h2>`)[1]?.split("<h2")[0] ?? "";
    expect(section("C7 sub-items")).toMatch(/<ins>.*E-health.*<\/ins>/i);
    expect(section("C7 sub-items")).toMatch(/<ins>.*E-learning.*<\/ins>/i);
    expect(section("Co-sponsors")).toMatch(/<del>.*Rural Network \(Confirmed\).*<\/del>/);
    expect(section("Co-sponsors")).toMatch(/<del>.*Ministry of Posts \(Invited\).*<\/del>/);
    expect(section("Co-sponsors")).toMatch(/<ins>.*Ministry of Posts \(Confirmed\).*<\/ins>/);
  });

  it("in Arabic too", () => {
    const html = render("ar");
    expect(html).toContain(ar.versions.actionLines);
    expect(html).toContain(ar.versions.attachments);
    expect(html).toContain(ar.versions.c7SubItems);
    expect(html).toContain(ar.cosponsors.heading);
  });
});
