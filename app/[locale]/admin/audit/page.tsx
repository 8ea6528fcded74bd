/**
 * The audit log across the portal: filter by person, action, contribution and days (UTC), newest
 * first, keyset pages ("Next page" continues after the last row shown, so new events arriving
 * meanwhile never repeat a row); the same filter downloads as CSV.
 */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { AUDIT_FILTERS, parseAuditQuery } from "@/lib/schemas/admin";
import { loadAdminAuditView } from "@/lib/loaders/admin-audit-view";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditTable } from "@/components/admin/audit-table";

export default async function AuditLog({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("admin.manage", locale, `/${locale}/admin/audit`);
  const t = await getTranslations("admin.audit");
  const ta = await getTranslations("audit");
  const query = parseAuditQuery(await searchParams);
  const { rows, actions, next } = await loadAdminAuditView(actor, query);
  const filters = new URLSearchParams();
  for (const k of AUDIT_FILTERS) if (query[k]) filters.set(k, query[k]!);
  const nextHref = next ? `/admin/audit?${new URLSearchParams([...filters, ["after", next]])}` : null;
  const label = (a: string) => (ta.has(a.replaceAll(".", "_")) ? ta(a.replaceAll(".", "_")) : a);
  return (
    <>
      <AdminNav />
      <h1>{t("heading")}</h1>
      <form method="get" className="toolbar queue-filters audit-filters" role="search" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="audit-person">{t("person")}</label>
          <input id="audit-person" name="person" type="search" dir="auto" defaultValue={query.person ?? ""} aria-describedby="audit-person-hint" />
          <p id="audit-person-hint" className="hint">
            {t("personHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t("action")}</label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
            <option value="">{t("any")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {label(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-contribution">{t("contribution")}</label>
          <input id="audit-contribution" name="contribution" type="search" dir="ltr" defaultValue={query.contribution ?? ""} aria-describedby="audit-contribution-hint" />
          <p id="audit-contribution-hint" className="hint">
            {t("contributionHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      {query.ignored.length > 0 && (
        <p className="notice" role="status">
          {t("ignored", { fields: query.ignored.map((f) => t(`field.${f as "person"}`)).join(", ") })}
        </p>
      )}
      <p className="export-links">
        <a href={`/api/admin/audit.csv?${filters}`} download>
          {t("csv")}
        </a>{" "}
        ·{" "}
        <a href={`/api/admin/audit.csv?${new URLSearchParams([...filters, ["variant", "plain"]])}`} download>
          {t("csvPlain")}
        </a>
      </p>
      {rows.length === 0 ? <p role="status">{t("none")}</p> : <AuditTable rows={rows} caption={t("heading")} />}
      <div className="pager">
        <nav aria-label={t("pages")}>
          {query.after && <Link href={`/admin/audit?${filters}`}>{t("firstPage")}</Link>}
          {nextHref && <Link href={nextHref}>{t("nextPage")}</Link>}
        </nav>
      </div>
    </>
  );
}
