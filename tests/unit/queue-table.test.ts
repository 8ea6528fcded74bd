/**
 * Issue 15 item 1: the queue's sortable column headers are links (plain GET: they work without
 * JavaScript) to the same view sorted by that column, with aria-sort on the sorted header and the
 * current order stated.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams("status=SUBMITTED&sort=title&dir=asc&page=3") }));
vi.mock("@/i18n/navigation", () => ({
  usePathname: () => "/secretariat",
  Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => createElement("a", { href, ...rest }, children),
}));
vi.mock("@/lib/actions/triage", () => ({ bulkDecideAction: vi.fn(), bulkTriageAction: vi.fn() }));

const { QueueTable } = await import("@/components/tables/queue-table");

function render(locale: "en" | "ar", sort: string, dir: "asc" | "desc") {
  const table = createElement(QueueTable, { rows: [], total: 0, page: 1, pageCount: 1, sort, dir, preferences: { hidden: [], density: "comfortable" } });
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === "en" ? en : ar, timeZone: "UTC", children: table }));
}

const headers = (html: string) => [...html.matchAll(/<th[^>]*>.*?<\/th>/g)].map((m) => m[0]);

describe("queue headers", () => {
  it("are links for every sortable column, keeping the filters and going back to page 1", () => {
    const html = render("en", "title", "asc");
    const ths = headers(html);
    for (const [label, key] of [["Reference", "referenceNumber"], ["Status", "status"], ["Submitted", "submittedAt"]] as const) {
      const th = ths.find((h) => h.includes(`sort=${key}`));
      expect(th, `${label} header`).toBeDefined();
      expect(th).toContain("status=SUBMITTED");
      expect(th).toContain("page=1");
      expect(th).toContain("dir=asc");
    }
    // The sorted column links to the other direction and says how it is sorted.
    const title = ths.find((h) => h.includes("sort=title"))!;
    expect(title).toContain('aria-sort="ascending"');
    expect(title).toContain("dir=desc");
    expect(title).toContain("sorted ascending");
    expect(ths.filter((h) => h.includes("aria-sort"))).toHaveLength(1);
  });

  it("states the current order above the table, in Arabic too", () => {
    expect(render("en", "submittedAt", "desc")).toContain(en.queue.sortedBy.replace("{column}", en.queue.columns.submittedAt).replace("{direction, select, asc {ascending} other {descending}}", "descending"));
    const html = render("ar", "submittedAt", "desc");
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain(ar.queue.columns.submittedAt);
  });
});
