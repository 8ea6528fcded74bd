import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { listAuditEvents, auditActions } from "@/lib/services/admin/audit-log";
import { auditCsvResponse } from "@/lib/services/admin/audit-csv";
import { loadAdminAuditView } from "@/lib/loaders/admin-audit-view";
import { setUserRole } from "@/lib/services/admin/users";
import { parseAuditQuery, encodeAuditCursor } from "@/lib/schemas/admin";
import { recordAudit } from "@/lib/services/audit";
import { db, resetDatabase } from "../support/db";
import { buildWorld, type World } from "../support/world";
import { createContribution } from "../support/drafts";
import { nonAdminActors } from "../support/roles";

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
});

const event = (action: string, at: string, extra: Partial<Parameters<typeof recordAudit>[1]> = {}) =>
  db.$transaction((tx) => recordAudit(tx, { actorId: world.users.contributor.id, action, at: new Date(at), ...extra }));

describe("the audit log", () => {
  it("filters by person (actor or subject), action family, contribution and UTC days", async () => {
    const c = await createContribution(world, "SUBMITTED");
    await event("contribution.submit", "2026-11-01T10:00:00Z", { contributionId: c.id, fromStatus: "DRAFT", toStatus: "SUBMITTED" });
    await event("contribution.withdraw", "2026-11-02T23:59:59.999Z", { contributionId: c.id });
    await event("affiliation.request", "2026-11-03T00:00:00Z", { actorId: world.users.outsider.id });
    await setUserRole(await world.actor("admin"), { userId: world.users.outsider.id, from: "USER", to: "SECRETARIAT" });
    const admin = await world.actor("admin");
    const actions = async (params: Record<string, string>) => (await listAuditEvents(admin, parseAuditQuery(params))).rows.map((r) => r.action);
    expect(await actions({})).toEqual(["user.role", "affiliation.request", "contribution.withdraw", "contribution.submit"]);
    expect(await actions({ person: "O@example.org" })).toEqual(["user.role", "affiliation.request"]);
    expect(await actions({ person: "case" })).toEqual(["contribution.withdraw", "contribution.submit"]);
    expect(await actions({ action: "contribution" })).toEqual(["contribution.withdraw", "contribution.submit"]);
    expect(await actions({ action: "contribution.submit" })).toEqual(["contribution.submit"]);
    expect(await actions({ contribution: c.referenceNumber!.toLowerCase() })).toEqual(["contribution.withdraw", "contribution.submit"]);
    expect(await actions({ from: "2026-11-02", to: "2026-11-02" })).toEqual(["contribution.withdraw"]);
    expect(await auditActions(admin)).toEqual(["affiliation.request", "contribution.submit", "contribution.withdraw", "user.role"]);
  });

  it("pages by keyset: events arriving between two pages neither repeat a row nor push one out", async () => {
    for (let i = 0; i < 5; i++) await event("contribution.submit", `2026-11-01T10:00:0${i}Z`);
    const admin = await world.actor("admin");
    const first = await listAuditEvents(admin, parseAuditQuery({}), 2);
    expect(first.hasMore).toBe(true);
    // Two new events arrive while the admin reads page 1.
    await event("contribution.withdraw", "2026-11-05T00:00:00Z");
    await event("contribution.withdraw", "2026-11-05T00:00:01Z");
    const seen = [...first.rows];
    let after = encodeAuditCursor(first.rows[1]);
    for (;;) {
      const page = await listAuditEvents(admin, parseAuditQuery({ after }), 2);
      seen.push(...page.rows);
      if (!page.hasMore) break;
      after = encodeAuditCursor(page.rows[page.rows.length - 1]);
    }
    expect(seen.map((r) => r.at.toISOString())).toEqual([4, 3, 2, 1, 0].map((i) => `2026-11-01T10:00:0${i}.000Z`));
  });

  it("ignores malformed filters and cursors (and says which), never fails", async () => {
    const q = parseAuditQuery({ person: "a\u0000b", action: "x; DROP", from: "2026-02-30", to: "not a day", after: "%%%", contribution: "WSIS20-C-0001" });
    expect(q.ignored.sort()).toEqual(["action", "after", "from", "person", "to"]);
    expect(parseAuditQuery({ after: Buffer.from("9999-99-99|x").toString("base64url") }).ignored).toEqual(["after"]);
    expect(parseAuditQuery({ from: "2026-11-03", to: "2026-11-01" }).ignored).toEqual(["to"]);
    await expect(loadAdminAuditView(await world.actor("admin"), q)).resolves.toMatchObject({ rows: [] });
  });

  it("exports the filter as CSV with formula starts neutralised", async () => {
    await event("contribution.submit", "2026-11-01T10:00:00Z", { reason: "=HYPERLINK(\"http://evil\")" });
    await event("affiliation.request", "2026-11-02T10:00:00Z");
    const res = auditCsvResponse(await world.actor("admin"), new URLSearchParams({ action: "contribution", variant: "plain" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "contribution.submit", actor: "Casey", actorEmail: "c@example.org", reason: "'=HYPERLINK(\"http://evil\")" });
    // Response.text() would drop the byte-order mark: read the bytes.
    const excel = Buffer.from(await auditCsvResponse(await world.actor("admin"), new URLSearchParams()).arrayBuffer()).toString("utf8");
    expect(excel.startsWith("\uFEFFat,actor")).toBe(true);
    expect(excel).toContain("\r\n");
  });

  it("every non-admin caller is refused: 401 anonymous, 404 otherwise; services throw", async () => {
    for (const [who, actor] of await nonAdminActors(world)) {
      const res = auditCsvResponse(actor, new URLSearchParams());
      expect(res.status, who).toBe(who === "anonymous" ? 401 : 404);
      const code = who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      await expect(listAuditEvents(actor, parseAuditQuery({})), who).rejects.toMatchObject({ code });
      await expect(loadAdminAuditView(actor, parseAuditQuery({})), who).rejects.toMatchObject({ code });
      await expect(auditActions(actor), who).rejects.toMatchObject({ code });
    }
  });
});
