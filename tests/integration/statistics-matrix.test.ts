/**
 * Issue 14 item 7: the secretariat's Action Line × SDG matrix (with the dashboard's facets) and
 * CSV/XLSX downloads of every dashboard table, in the queue's scope, labelled in the requester's
 * language; refused to anyone without queue.view.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { ANONYMOUS } from "@/lib/auth/permissions";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { secretariatDashboard } from "@/lib/services/statistics/secretariat-dashboard";
import { statisticsDownload } from "@/lib/services/statistics/statistics-download";
import { STATISTICS_TABLES } from "@/lib/schemas/statistics";
import { resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const c = await world.actor("contributor");
  await submitContribution(c, contributionInput(world, { title: "C2 and C5 for SDG 9", actionLines: ["C2", "C5"], sdgs: [9] }));
  const b = await submitContribution(c, contributionInput(world, { title: "C2 for SDG 4 and 9", actionLines: ["C2"], sdgs: [4, 9] }));
  await submitContribution(await world.actor("otherOrg"), contributionInput(world, { organisationId: world.etu.id, title: "ETU on C2, SDG 9", actionLines: ["C2"], sdgs: [9] }));
  await decideContribution(await world.actor("secretariat"), { decision: "accept", contributionId: b.id, expectedStatus: "SUBMITTED", reason: "" });
});

const cell = (m: { actionLine: string; counts: number[] }[], al: string, sdg: number) => m.find((r) => r.actionLine === al)!.counts[sdg - 1];

describe("statistics for the secretariat", () => {
  it("counts Action Line × SDG, each contribution once per cell it names, narrowed by the facets", async () => {
    const s = await world.actor("secretariat");
    const all = await secretariatDashboard(s);
    expect(cell(all.matrix, "C2", 9)).toBe(3);
    expect(cell(all.matrix, "C2", 4)).toBe(1);
    expect(cell(all.matrix, "C5", 9)).toBe(1);
    expect(cell(all.matrix, "C1", 1)).toBe(0);
    expect(all.matrix).toHaveLength(11);
    expect(all.matrix[0].counts).toHaveLength(17);
    const accepted = await secretariatDashboard(s, { status: "ACCEPTED" });
    expect(cell(accepted.matrix, "C2", 9)).toBe(1);
    const intl = await secretariatDashboard(s, { group: "INTERNATIONAL_ORGANIZATION" });
    expect(cell(intl.matrix, "C2", 9)).toBe(1);
    expect(intl.byStatus).toEqual([{ key: "SUBMITTED", count: 1 }]);
  });

  it("downloads every table as CSV (Excel variant, localised headers) and XLSX", async () => {
    const s = await world.actor("secretariat");
    for (const table of STATISTICS_TABLES) {
      const csv = await statisticsDownload(s, new URLSearchParams({ table, format: "csv", locale: "fr" }));
      expect(csv.status, table).toBe(200);
      expect(csv.headers.get("Content-Type")).toContain("text/csv");
      const body = await csv.text();
      expect(body.length, table).toBeGreaterThan(5);
      const xlsx = await statisticsDownload(s, new URLSearchParams({ table, format: "xlsx", locale: "ar" }));
      expect(xlsx.status, table).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      expect(book.worksheets[0].rowCount, table).toBeGreaterThan(1);
    }
    const matrix = await (await statisticsDownload(s, new URLSearchParams({ table: "matrix", format: "csv", locale: "fr", status: "ACCEPTED" }))).text();
    const lines = matrix.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toContain("ODD 9");
    expect(lines.find((l) => l.startsWith("C2,"))?.split(",")[9]).toBe("1");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await statisticsDownload(s, new URLSearchParams({ table: "matrix", format: "xlsx" }))).arrayBuffer());
    const c2 = book.worksheets[0].getRow(3);
    expect(c2.getCell(1).text).toBe("C2");
    expect(c2.getCell(10).value).toBe(3);
    expect(book.worksheets[0].views[0]).toMatchObject({ rightToLeft: false });
  });

  it("refuses anyone without queue.view, and an unknown table (400)", async () => {
    expect((await statisticsDownload(ANONYMOUS, new URLSearchParams({ table: "matrix" }))).status).toBe(401);
    for (const who of ["contributor", "focalPoint", "outsider"] as const) expect((await statisticsDownload(await world.actor(who), new URLSearchParams({ table: "matrix" }))).status).toBe(404);
    await expect(secretariatDashboard(await world.actor("contributor"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await statisticsDownload(await world.actor("secretariat"), new URLSearchParams({ table: "nope" }))).status).toBe(400);
  });
});
