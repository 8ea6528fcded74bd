/** The secretariat's dashboard: charts of what was received, each with the same numbers as a table. */
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { ACTION_LINE_CODES, ITU_REGIONS, SDG_NUMBERS } from "@/lib/reference";
import { parseStatisticsFilter, type StatisticsTable } from "@/lib/schemas/statistics";
import { STAKEHOLDER_GROUPS } from "@/lib/schemas/affiliation";
import { QUEUE_STATUSES } from "@/lib/rules/statuses";
import { loadDashboardView } from "@/lib/loaders/secretariat-views";
import { StackedBarChart } from "@/components/charts/bar-chart";
import { CountTable } from "@/components/charts/count-table";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("dashboard", "heading");

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/dashboard`);
  const t = await getTranslations("dashboard");
  const ts = await getTranslations("status");
  const tg = await getTranslations("stakeholderGroup");
  const ta = await getTranslations("affiliation");
  const tst = await getTranslations("statistics");
  const tq = await getTranslations("queue.columns");
  const format = await getFormatter();
  const filter = parseStatisticsFilter(await searchParams);
  const d = await loadDashboardView(actor, filter);
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));
  const download = (table: StatisticsTable, title: string) => (
    <p className="meta">
      {t("download", { title })}{" "}
      {(["csv", "xlsx"] as const).map((format, i) => (
        <span key={format}>
          {i > 0 && " · "}
          <a href={`/api/secretariat/statistics?${new URLSearchParams([...query, ["table", table], ["format", format], ["locale", locale]])}`} download>
            {t(format)}
          </a>
        </span>
      ))}
    </p>
  );
  const count = tst("count");
  const sections: { table: StatisticsTable; title: string; header: string; rows: { key: string; label: string; count: number }[] }[] = [
    { table: "byStatus", title: t("byStatus"), header: tq("status"), rows: d.byStatus.map((r) => ({ key: r.key, label: ts(r.key as "SUBMITTED"), count: r.count })) },
    { table: "byActionLine", title: t("byActionLine"), header: tst("actionLine"), rows: ACTION_LINE_CODES.map((al) => ({ key: al, label: al, count: d.byActionLine.find((r) => r.key === al)?.count ?? 0 })) },
    { table: "byGroup", title: t("byGroup"), header: t("key"), rows: d.byGroup.map((r) => ({ key: r.key, label: tg(r.key as "GOVERNMENT"), count: r.count })) },
    { table: "byRegion", title: t("byRegion"), header: tst("region"), rows: d.byRegion.map((r) => ({ key: r.key ?? "none", label: r.key ? ta(`regionName.${r.key as "A"}`) : tst("noRegion"), count: r.count })) },
    { table: "perDay", title: t("perDay"), header: t("day"), rows: d.perDay.map((r) => ({ key: r.key, label: format.dateTime(new Date(`${r.key}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }), count: r.count })) },
  ];
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {d.deadline && (
        <p className="notice">
          {t("deadline", { code: d.deadline.code, date: `${format.dateTime(d.deadline.closesAt, { dateStyle: "full", timeStyle: "short", timeZone: d.deadline.timeZone })} (${d.deadline.timeZone})` })}
        </p>
      )}
      <form method="get" className="filters" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="f-status">{tq("status")}</label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("all")}</option>
            {QUEUE_STATUSES.map((st) => (
              <option key={st} value={st}>
                {ts(st)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-group">{t("byGroup")}</label>
          <select id="f-group" name="group" defaultValue={filter.group ?? ""}>
            <option value="">{t("all")}</option>
            {STAKEHOLDER_GROUPS.map((g) => (
              <option key={g} value={g}>
                {tg(g)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-region">{tst("region")}</label>
          <select id="f-region" name="region" defaultValue={filter.region ?? ""}>
            <option value="">{t("all")}</option>
            {ITU_REGIONS.map((r) => (
              <option key={r} value={r}>
                {ta(`regionName.${r as "A"}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("apply")}
        </button>
      </form>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t("matrix")}</h2>
        <p className="hint">{t("matrixHint")}</p>
        {download("matrix", t("matrix"))}
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="matrix-heading">
          <table data-testid="matrix" className="matrix">
            <thead>
              <tr>
                <th scope="col">{tst("actionLine")}</th>
                {SDG_NUMBERS.map((n) => (
                  <th scope="col" key={n} className="numeric">
                    {t("sdg", { n })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.matrix.map((r) => (
                <tr key={r.actionLine}>
                  <th scope="row">{r.actionLine}</th>
                  {r.counts.map((c, i) => (
                    <td key={i} className="numeric">
                      {c ? format.number(c) : "·"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {sections.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          {download(s.table, s.title)}
          <StackedBarChart data={s.rows.map((r) => ({ label: r.label, count: r.count }))} series={[{ key: "count", label: count }]} />
          <CountTable caption={s.title} keyHeader={s.header} countHeader={count} rows={s.rows} />
        </section>
      ))}
    </>
  );
}
