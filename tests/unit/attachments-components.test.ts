import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
// The field imports its server actions; in a unit test they are never called, and the real
// module would open the database (no DATABASE_URL in `npm run test:unit`).
vi.mock("@/lib/actions/attachments", () => ({ docxTextAction: vi.fn(), removeAttachmentAction: vi.fn() }));
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { AttachmentsField } from "@/components/forms/attachments-field";
import { AttachmentList } from "@/components/contributions/attachment-list";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const items = [
  { id: "a1", filename: "مساهمة.docx", mediaType: DOCX, size: 1_572_864 },
  { id: "a2", filename: "Annex.pdf", mediaType: "application/pdf", size: 2048 },
];

function render(locale: "en" | "ar", element: React.ReactElement): string {
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: locale === "en" ? en : ar, timeZone: "UTC", children: element }));
}

describe("attachments field", () => {
  it("states the limits in the interface language and offers the DOCX text only for a DOCX", () => {
    const html = render("en", createElement(AttachmentsField, { contributionId: "c1", initial: items, maxBytes: 20 * 1024 * 1024, maxCount: 5, onUseText: () => {} }));
    expect(html).toContain("up to 20 MB each, at most 5 files");
    expect(html).toContain('accept=".pdf,.docx,.odt,');
    expect(html).toContain("<bdi dir=\"auto\" class=\"user-text\">مساهمة.docx</bdi>");
    expect(html.match(/Use the text of this document as the contribution/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Remove Annex.pdf"');
    const arabic = render("ar", createElement(AttachmentsField, { contributionId: "c1", initial: [], maxBytes: 20 * 1024 * 1024, maxCount: 5 }));
    // Node's ICU formats "ar" with Latin digits; the unit is CLDR's Arabic short megabyte.
    expect(arabic).toContain("بحد أقصى 20 م.ب لكل ملف");
    expect(arabic).toContain("لا توجد ملفات مرفقة.");
  });

  it("is disabled, with a note, until the contribution is saved", () => {
    const html = render("en", createElement(AttachmentsField, { contributionId: null, initial: [], maxBytes: 1024, maxCount: 5 }));
    expect(html).toMatch(/<input[^>]*disabled/);
    expect(html).toContain("Save the contribution as a draft to attach files.");
  });
});

describe("attachment list", () => {
  it("links each file to its download with type and size, and renders nothing without files", () => {
    const html = render("en", createElement(AttachmentList, { attachments: items }));
    expect(html).toContain('href="/api/attachments/a1"');
    expect(html).toContain("Word document, 1.5 MB");
    expect(html).toContain("PDF, 2 kB");
    expect(render("en", createElement(AttachmentList, { attachments: [] }))).toBe("");
  });
});
