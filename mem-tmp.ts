import { docxStream, type DocxSource } from "@/lib/exports/docx";
import { exportLabels } from "@/lib/exports/labels";
import type { ExportRecord } from "@/lib/exports/record";
const N = 3000;
const text = "Since 2005 the WSIS Action Lines have guided national strategies for the information society, and many of their goals remain relevant today. ".repeat(30);
function rec(i: number): ExportRecord {
  return { referenceNumber: `R${i}`, documentNumber: `D${i}`, title: `Title ${i}`, summary: text.slice(0, 300), body: text + i, language: "en", type: "GENERAL_INPUT",
    actionLines: ["C" + (1 + (i % 11)), ...(i % 3 ? ["C11"] : [])], sdgs: [1, 2], organisation: { name: "Org", shortCode: "O", membershipCategory: "ACADEMIA", stakeholderGroup: "GOVERNMENT", country: "CH", ituRegion: "B" },
    consultation: { code: "c", slug: "s", title: { en: "Consultation" } }, answers: [{ position: 1, question: { en: "Q?" }, text: "Answer" }], submittedAt: new Date(), publishedAt: new Date(),
    internal: { id: "id" + i, status: "ACCEPTED", decidedAt: null, updatedAt: new Date(), extendedUntil: null } };
}
const source: DocxSource = {
  async overview() { return { count: N, consultationTitles: [{ en: "C" }], chapters: ["C1","C2","C3","C4","C5","C6","C7","C8","C9","C10","C11"] }; },
  async *chapter(code) { for (let i = 0; i < N; i++) { const r = rec(i); if (r.actionLines.includes(code!)) yield r; } },
};
const t = performance.now();
const s = await docxStream(source, exportLabels("en"), { compiledAt: new Date() });
let bytes = 0;
for await (const c of s) bytes += c.length;
console.log({ bytes, s: (performance.now() - t) / 1000 });
