/**
 * Issue 15 item 3: the non-member label ("Input from a stakeholder that is not an ITU member") is
 * on the public list cards, in the Atom feed and in the DOCX compilation's headings, not only on
 * the contribution's page; members' inputs carry no label.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import JSZip from "jszip";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { searchPublished } from "@/lib/services/search/search-published";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { exportResponse } from "@/lib/services/exports/export-response";
import { GET as feedGet } from "@/app/feed.xml/route";
import { ResultCard } from "@/components/search/result-card";
import { upsertOrganisation, upsertUser } from "@/prisma/factories";
import { loadActor } from "@/lib/auth/load-actor";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

vi.mock("@/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return {
    Link: ({ href, children }: { href: string; children: React.ReactNode }) => h("a", { href }, children),
    getPathname: ({ href, locale }: { href: string; locale: string }) => `/${locale}${href}`,
  };
});

const LABEL = en.contribution.nonMemberLabel;
let world: World;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const ngo = await upsertOrganisation(db, { name: "Example Civil Society Network", shortCode: "ECS", membershipCategory: "NON_MEMBER", stakeholderGroup: "CIVIL_SOCIETY" });
  const person = await upsertUser(db, { email: "ngo@example.org", name: "Noor", organisationId: ngo.id });
  const s = await world.actor("secretariat");
  const publish = async (actorId: string, organisationId: string, title: string) => {
    const { id } = await submitContribution((await loadActor(actorId))!, contributionInput(world, { organisationId, title, actionLines: ["C5"] }));
    await decideContribution(s, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  };
  await publish(person.id, ngo.id, "Voices from civil society");
  await publish(world.users.contributor.id, world.exa.id, "A Member State's view");
});

describe("the non-member label on every public surface", () => {
  it("list cards", async () => {
    const { rows } = await searchPublished(parsePublicSearch({}));
    const html = (locale: "en" | "ar", row: (typeof rows)[number]) =>
      renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === "en" ? en : ar, timeZone: "UTC", children: createElement("ul", null, createElement(ResultCard, { c: row })) }));
    const ngo = rows.find((r) => r.title === "Voices from civil society")!;
    const member = rows.find((r) => r.title === "A Member State's view")!;
    expect(html("en", ngo)).toContain(LABEL);
    expect(html("ar", ngo)).toContain(ar.contribution.nonMemberLabel);
    expect(html("en", member)).not.toContain(LABEL);
  });

  it("the Atom feed", async () => {
    const xml = await (await feedGet(new Request("http://localhost/feed.xml"))).text();
    const entries = xml.split("<entry>").slice(1);
    expect(entries.find((e) => e.includes("Voices from civil society"))).toContain(LABEL);
    expect(entries.find((e) => e.includes("A Member State"))).not.toContain(LABEL);
  });

  it("the DOCX compilation's headings", async () => {
    const res = await exportResponse(await world.actor("secretariat"), new URLSearchParams({ format: "docx", locale: "en" }), new Date());
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file("word/document.xml")!.async("string");
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading2"\/>.*?<\/w:p>/gs)].map((m) => m[0].replace(/<[^>]+>/g, ""));
    expect(headings.find((h) => h.includes("Voices from civil society"))).toContain(LABEL);
    expect(headings.find((h) => h.includes("A Member State"))).not.toContain(LABEL);
  });
});
