/**
 * Any small table (statistics, dashboard counts) as an XLSX workbook of one sheet. Text cells are
 * written as inline rich text, never as formulas or formula results (the same protection as the
 * contribution export, lib/exports/xlsx.ts): a label such as "=1+1" stays text. Numbers are
 * numbers. An Arabic interface gets a right-to-left sheet.
 */
import ExcelJS from "exceljs";
import { xmlText } from "./xml-text";

export async function tableXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly (string | number)[])[], rtl = false): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Excel sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1", { views: [{ state: "frozen", ySplit: 1, rightToLeft: rtl }] });
  const text = (s: string) => ({ richText: [{ text: xmlText(s) }] });
  sheet.addRow(header.map(text)).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (typeof v === "number" ? v : text(v))));
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
