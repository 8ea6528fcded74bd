/**
 * CSV and XLSX downloads of every dashboard table and the Action Line × SDG matrix (issue 14
 * item 7): GET /api/secretariat/statistics?table=…&format=csv|xlsx&locale=…&status=…&group=…&region=…
 * The numbers are the dashboard's (same scope, same facets); headers and labels are in the
 * requester's interface language. CSV through csvRowsStream (formula neutralisation, BOM and CRLF
 * for Excel), XLSX with inline text cells (lib/exports/table-xlsx.ts). 401 without a session,
 * 404 without queue.view (nothing revealed), 400 for an unknown table or format.
 */
import "server-only";
import { Readable } from "node:stream";
import { createTranslator } from "next-intl";
import { can, type Actor } from "@/lib/auth/permissions";
import { catalogueFor } from "@/i18n/catalogues";
import { localeDirection } from "@/i18n/routing";
import { csvRowsStream } from "@/lib/exports/csv";
import { tableXlsx } from "@/lib/exports/table-xlsx";
import { ACTION_LINE_CODES, SDG_NUMBERS } from "@/lib/reference";
import { STATISTICS_TABLES, parseStatisticsFilter, type StatisticsTable } from "@/lib/schemas/statistics";
import { secretariatDashboard } from "./secretariat-dashboard";

const HEADERS = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };
const text = (status: number, body: string) => new Response(body, { status, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

/** The table `name` of the dashboard `d` as a header and rows, labelled in `locale`. */
export function statisticsTable(d: Awaited<ReturnType<typeof secretariatDashboard>>, name: StatisticsTable, locale: string): { title: string; header: string[]; rows: (string | number)[][] } {
  const { messages, locale: l } = catalogueFor(locale);
  const t = createTranslator({ locale: l, messages, namespace: "dashboard" });
  const tst = createTranslator({ locale: l, messages, namespace: "statistics" });
  const label = (ns: "status" | "stakeholderGroup", key: string) => (messages[ns] as Record<string, string>)[key] ?? key;
  const region = (key: string | null) => (key ? ((messages.affiliation.regionName as Record<string, string>)[key] ?? key) : tst("noRegion"));
  const count = tst("count");
  switch (name) {
    case "byStatus":
      return { title: t("byStatus"), header: [t("status"), count], rows: d.byStatus.map((r) => [label("status", r.key), r.count]) };
    case "byActionLine":
      return { title: t("byActionLine"), header: [tst("actionLine"), count], rows: ACTION_LINE_CODES.map((al) => [al, d.byActionLine.find((r) => r.key === al)?.count ?? 0]) };
    case "byGroup":
      return { title: t("byGroup"), header: [t("key"), count], rows: d.byGroup.map((r) => [label("stakeholderGroup", r.key), r.count]) };
    case "byRegion":
      return { title: t("byRegion"), header: [tst("region"), count], rows: d.byRegion.map((r) => [region(r.key), r.count]) };
    case "perDay":
      return { title: t("perDay"), header: [t("day"), count], rows: d.perDay.map((r) => [r.key, r.count]) };
    case "matrix":
      return { title: t("matrix"), header: [tst("actionLine"), ...SDG_NUMBERS.map((n) => t("sdg", { n }))], rows: d.matrix.map((r) => [r.actionLine, ...r.counts]) };
  }
}

export async function statisticsDownload(actor: Actor, search: URLSearchParams): Promise<Response> {
  if (actor.kind !== "user") return text(401, "Sign in first.");
  if (!can(actor, "queue.view")) return text(404, "Not found.");
  const name = search.get("table") ?? "";
  const format = search.get("format") ?? "csv";
  if (!(STATISTICS_TABLES as readonly string[]).includes(name) || (format !== "csv" && format !== "xlsx")) return text(400, `Unknown table or format: table is one of ${STATISTICS_TABLES.join(", ")}; format is csv or xlsx.`);
  const locale = catalogueFor(search.get("locale") ?? "en").locale;
  const d = await secretariatDashboard(actor, parseStatisticsFilter(Object.fromEntries(search)));
  const table = statisticsTable(d, name as StatisticsTable, locale);
  const file = `statistics-${name}-${new Date().toISOString().slice(0, 10)}`;
  if (format === "xlsx") {
    const body = await tableXlsx(table.title, table.header, table.rows, localeDirection(locale) === "rtl");
    return new Response(new Uint8Array(body), { headers: { ...HEADERS, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${file}.xlsx"` } });
  }
  async function* rows() {
    for (const r of table.rows) yield r.map(String);
  }
  const body = csvRowsStream(table.header, rows(), "excel");
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { headers: { ...HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file}.csv"` } });
}
