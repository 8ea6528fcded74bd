/**
 * The CSV of the current public search: the page's filters apply, only published contributions
 * appear (never drafts, submitted, rejected), formulas are neutralised as in the secretariat's
 * CSV, and no personal data or internal columns are written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { submitContribution } from "@/lib/services/contributions/submit-contribution";
import { decideContribution } from "@/lib/services/contributions/decide-contribution";
import { GET as csvGet } from "@/app/api/v1/contributions.csv/route";
import { exportLabels } from "@/lib/exports/labels";
import { db, resetDatabase } from "../support/db";
import { buildWorld, contributionInput, type World } from "../support/world";

let world: World;
beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const s = await world.actor("secretariat");
  const c = await world.actor("contributor");
  const titles = ["=HYPERLINK(\"http://x\",\"y\")", "Cybersecurity in C5", "Open data for all", "مقترح بشأن C7 (2025)"];
  for (const [i, title] of titles.entries()) {
    const { id } = await submitContribution(c, contributionInput(world, { title, actionLines: i === 1 ? ["C5"] : ["C7"], language: i === 3 ? "ar" : "en", body: i === 1 ? "Cybersecurity and trust." : "Text." }));
    await decideContribution(s, { decision: "accept", contributionId: id, expectedStatus: "SUBMITTED", reason: "" });
  }
  await submitContribution(c, contributionInput(world, { title: "Still under review", actionLines: ["C7"] }));
  const { id: rejected } = await submitContribution(c, contributionInput(world, { title: "Rejected input", actionLines: ["C7"] }));
  await decideContribution(s, { decision: "reject", contributionId: rejected, expectedStatus: "SUBMITTED", reason: "Internal reason" });
  await db.contribution.create({
    data: { consultationId: world.consultation.id, organisationId: world.exa.id, createdById: world.users.contributor.id, type: "GENERAL_INPUT", title: "Draft never published", summary: "s", body: "b", language: "en", actionLines: ["C7"] },
  });
});

async function csv(query: string) {
  const res = csvGet(new Request(`http://localhost/api/v1/contributions.csv${query}`));
  expect(res.status).toBe(200);
  const text = Buffer.from(await res.arrayBuffer()).toString("utf8");
  return { res, text, rows: parse(text, { bom: true }) as string[][] };
}

describe("public CSV of the current search", () => {
  it("lists every published contribution, nothing else, with the public columns only", async () => {
    const { res, text, rows } = await csv("");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="wsis20-published-\d{4}-\d{2}-\d{2}\.csv"$/);
    const labels = exportLabels("en");
    const title = rows[0].indexOf(labels.t("columns.title" as never));
    expect(rows.slice(1).map((r) => r[title]).sort()).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "Cybersecurity in C5", "Open data for all", "مقترح بشأن C7 (2025)"].sort());
    for (const key of ["status", "decidedAt", "updatedAt", "extendedUntil", "id"]) expect(rows[0]).not.toContain(labels.t(`columns.${key}` as never));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).not.toMatch(/@example\.org/);
    for (const hidden of ["Still under review", "Rejected input", "Internal reason", "Draft never published"]) expect(text).not.toContain(hidden);
  });

  it("applies the search's query and facets, and labels headers in Arabic on request", async () => {
    const byActionLine = await csv("?al=C5");
    expect(byActionLine.rows.slice(1).map((r) => r[byActionLine.rows[0].indexOf("Title")])).toEqual(["Cybersecurity in C5"]);
    const searched = await csv("?q=cybersecurity");
    expect(searched.rows).toHaveLength(2);
    expect(searched.text).toContain("Cybersecurity in C5");
    const arabic = await csv("?al=C7&lang=ar&locale=ar");
    expect(arabic.rows[0]).toContain("العنوان");
    expect(arabic.rows.slice(1).map((r) => r[arabic.rows[0].indexOf("العنوان")])).toEqual(["مقترح بشأن C7 (2025)"]);
    expect(arabic.text).not.toContain("Still under review");
  });
});
