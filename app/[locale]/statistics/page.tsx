/**
 * Public statistics: charts for sighted readers, and the same numbers as tables (with captions
 * and header cells) for everyone, screen readers included.
 */
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ACTION_LINE_CODES } from "@/lib/reference";
import { STAKEHOLDER_GROUPS } from "@/lib/schemas/affiliation";
import { loadStatisticsView } from "@/lib/loaders/public-views";
import { StackedBarChart } from "@/components/charts/bar-chart";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("statistics", "heading", () => "/statistics");

export default async function StatisticsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("statistics");
  const tGroup = await getTranslations("stakeholderGroup");
  const ta = await getTranslations("affiliation");
  const format = await getFormatter();
  const stats = await loadStatisticsView();
  const cell = (al: string, g: string) => stats.byActionLineAndGroup.find((r) => r.actionLine === al && r.group === g)?.count ?? 0;
  const groups = STAKEHOLDER_GROUPS.filter((g) => stats.byActionLineAndGroup.some((r) => r.group === g));
  const alData = ACTION_LINE_CODES.map((al) => ({ label: al, ...Object.fromEntries(groups.map((g) => [g, cell(al, g)])) }));
  const regionLabel = (r: string | null) => (r ? ta(`regionName.${r as "A"}`) : t("noRegion"));
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-01T00:00:00Z`), { year: "numeric", month: "long", timeZone: "UTC" });
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <p role="status">{t("total", { count: stats.total })}</p>

      <h2>{t("byActionLine")}</h2>
      <StackedBarChart data={alData} series={groups.map((g) => ({ key: g, label: tGroup(g) }))} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("byActionLine")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("actionLine")}</th>
              {groups.map((g) => (
                <th key={g} scope="col">
                  {tGroup(g)}
                </th>
              ))}
              <th scope="col">{t("total_col")}</th>
            </tr>
          </thead>
          <tbody>
            {ACTION_LINE_CODES.map((al) => (
              <tr key={al}>
                <th scope="row">
                  <bdi>{al}</bdi>
                </th>
                {groups.map((g) => (
                  <td key={g}>{format.number(cell(al, g))}</td>
                ))}
                <td>{format.number(groups.reduce((sum, g) => sum + cell(al, g), 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("byRegion")}</h2>
      <StackedBarChart data={stats.byRegion.map((r) => ({ label: regionLabel(r.region), count: r.count }))} series={[{ key: "count", label: t("count") }]} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("byRegion")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("region")}</th>
              <th scope="col">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byRegion.map((r) => (
              <tr key={r.region ?? "none"}>
                <th scope="row">{regionLabel(r.region)}</th>
                <td>{format.number(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("byMonth")}</h2>
      <StackedBarChart data={stats.byMonth.map((m) => ({ label: monthLabel(m.month), count: m.count }))} series={[{ key: "count", label: t("count") }]} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("byMonth")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {stats.byMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td>{format.number(m.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
