/**
 * The audit log's CSV export (GET /api/admin/audit.csv): the page's filters, every matching
 * event, streamed. Written by csv-stringify with the secretariat export's formula
 * neutralisation (lib/exports/csv.ts), with or without the byte-order mark and CRLF Excel needs.
 * Answers 401 without a session and 404 without admin.manage (nothing revealed).
 */
import "server-only";
import { Readable } from "node:stream";
import { can, type Actor } from "@/lib/auth/permissions";
import { parseAuditQuery } from "@/lib/schemas/admin";
import { csvRowsStream } from "@/lib/exports/csv";
import { allAuditEvents, type AuditRow } from "./audit-log";
import { personLabel } from "@/lib/people/person-label";

const HEADERS = { "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" };

export const AUDIT_CSV_COLUMNS = ["at", "actor", "actorEmail", "action", "contribution", "subject", "subjectEmail", "fromStatus", "toStatus", "reason", "data"] as const;

const shown = (p: ReturnType<typeof personLabel>) => (p.kind === "deleted" ? "[deleted account]" : p.name);

function row(e: AuditRow): string[] {
  const actor = personLabel(e.actor);
  const subject = personLabel(e.subject);
  return [
    e.at.toISOString(),
    shown(actor),
    actor.email,
    e.action,
    e.contribution?.documentNumber ?? e.contribution?.referenceNumber ?? e.contribution?.id ?? "",
    shown(subject),
    subject.email,
    e.fromStatus ?? "",
    e.toStatus ?? "",
    e.reason ?? "",
    e.data === null ? "" : JSON.stringify(e.data),
  ];
}

export function auditCsvResponse(actor: Actor, search: URLSearchParams): Response {
  if (actor.kind !== "user") return new Response("Sign in first.", { status: 401, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(actor, "admin.manage")) return new Response("Not found.", { status: 404, headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  const excel = search.get("variant") !== "plain";
  const query = parseAuditQuery(Object.fromEntries(search));
  query.after = undefined;
  async function* rows() {
    for await (const e of allAuditEvents(actor, query)) yield row(e);
  }
  const body = csvRowsStream(AUDIT_CSV_COLUMNS, rows(), excel ? "excel" : "plain");
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: { ...HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="audit-log-${stamp}.csv"` },
  });
}
