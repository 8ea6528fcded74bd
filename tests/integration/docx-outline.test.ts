/**
 * Issue 15 item 13: the DOCX compilation's heading styles carry outline levels (LibreOffice fills a
 * contents field from outline levels only: without them, updating the field emptied it), and the
 * contents is a TOC field over levels 1–2 with hyperlinks that Word and LibreOffice both update.
 */
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { exportResponse } from "@/lib/services/exports/export-response";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  await submitContribution(c, contributionInput(world, { title: "First input", actionLines: ["C1"] }));
  await submitContribution(c, contributionInput(world, { title: "Second input", actionLines: ["C5"] }));
});

async function docxParts(locale: "en" | "ar") {
  const res = await exportResponse(await world.actor("secretariat"), new URLSearchParams({ format: "docx", locale }), new Date());
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  return { styles: await zip.file("word/styles.xml")!.async("string"), document: await zip.file("word/document.xml")!.async("string") };
}

describe("DOCX headings and contents", () => {
  for (const locale of ["en", "ar"] as const) {
    it(`${locale}: Heading 1–3 styles have outline levels 0–2; the contents is a TOC field over 1–2`, async () => {
      const { styles, document } = await docxParts(locale);
      for (const level of [1, 2, 3]) {
        const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="Heading${level}".*?</w:style>`, "s"))?.[0];
        expect(style, `Heading${level}`).toBeDefined();
        expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      }
      const field = (document.match(/<w:instrText[^>]*>\s*(TOC [^<]*)</)?.[1] ?? "").replaceAll("&quot;", '"');
      expect(field).toContain('\\o "1-2"');
      expect(field).toContain("\\h");
      expect(field).toContain("\\u");
      // Both chapters are headings of level 1 in the body, so the field has entries to fill.
      expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(2);
    });
  }
});
