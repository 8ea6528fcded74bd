/**
 * Audit events as a table for the admin: when, who, what, on which contribution, about whom,
 * and the details. People are named as they are now (a deleted account shows as such, without
 * name or e-mail). Details are the event's recorded data, shown as short key: value lines.
 */
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { DateTime } from "@/components/ui/date-time";
import { personLabel, type PersonRef } from "@/lib/people/person-label";

export interface AuditTableRow {
  id: string;
  at: Date;
  action: string;
  reason: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  data: unknown;
  actor: PersonRef | null;
  subject: PersonRef | null;
  contribution: { id: string; referenceNumber: string | null; documentNumber: string | null } | null;
}

function Person({ person }: { person: PersonRef | null }) {
  const t = useTranslations("admin.audit");
  const p = personLabel(person);
  if (p.kind === "none") return <>{t("system")}</>;
  if (p.kind === "deleted") return <em>{t("deletedAccount")}</em>;
  return (
    <>
      <bdi>{p.name || p.email}</bdi>
      {p.name && (
        <>
          <br />
          <bdi dir="ltr" className="meta">
            {p.email}
          </bdi>
        </>
      )}
    </>
  );
}

const isChange = (v: unknown): v is { from: unknown; to: unknown } => !!v && typeof v === "object" && "from" in v && "to" in v;
const text = (v: unknown) => (typeof v === "string" ? v : v == null ? "—" : JSON.stringify(v));

/**
 * The recorded data as short lines: "key: value", "key: before → after" for changes (also one
 * level down, as in an organisation edit's `changes`). Record ids are left to the CSV export.
 */
function details(data: unknown): string[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data == null ? [] : [text(data)];
  const lines: string[] = [];
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (/Id$/.test(k)) continue;
    if (isChange(v)) lines.push(`${k}: ${text(v.from)} → ${text(v.to)}`);
    else if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every(isChange)) {
      for (const [f, c] of Object.entries(v as Record<string, { from: unknown; to: unknown }>)) lines.push(`${f}: ${text(c.from)} → ${text(c.to)}`);
    } else lines.push(`${k}: ${text(v)}`);
  }
  return lines.map((l) => l.slice(0, 300));
}

export function AuditTable({ rows, caption }: { rows: AuditTableRow[]; caption: string }) {
  const t = useTranslations("admin.audit");
  const ta = useTranslations("audit");
  const ts = useTranslations("status");
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="compact audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("contribution")}</th>
            <th scope="col">{t("about")}</th>
            <th scope="col">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const key = e.action.replaceAll(".", "_");
            return (
              <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                <td className="nowrap" data-label={t("when")}><div>
                  <DateTime value={e.at} />
                </div></td>
                <td data-label={t("who")}><div>
                  <Person person={e.actor} />
                </div></td>
                <td data-label={t("action")}><div>
                  {ta.has(key) ? ta(key) : e.action}
                  {e.fromStatus && e.toStatus && (
                    <div className="meta">
                      {ts(e.fromStatus as "DRAFT")} → {ts(e.toStatus as "DRAFT")}
                    </div>
                  )}
                </div></td>
                <td data-label={t("contribution")}><div>
                  {/* A draft has no number, and the secretariat's page does not show drafts: no link. */}
                  {e.contribution?.referenceNumber ? (
                    <Link href={`/secretariat/contributions/${e.contribution.id}`}>
                      <bdi dir="ltr">{e.contribution.documentNumber ?? e.contribution.referenceNumber}</bdi>
                    </Link>
                  ) : e.contribution ? (
                    t("draft")
                  ) : (
                    "—"
                  )}
                </div></td>
                <td data-label={t("about")}><div>{e.subject ? <Person person={e.subject} /> : "—"}</div></td>
                <td data-label={t("details")}><div>
                  {e.reason && <p dir="auto">{e.reason}</p>}
                  {details(e.data).map((line, i) => (
                    <div key={i} className="meta" dir="auto">
                      {line}
                    </div>
                  ))}
                </div></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
