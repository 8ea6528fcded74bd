/** The secretariat's dashboard: charts of what was received, each with the same numbers as a table. */
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { ACTION_LINE_CODES, directionOf } from "@/lib/reference";
import { loadDashboardView } from "@/lib/loaders/secretariat-views";
import { StackedBarChart } from "@/components/charts/bar-chart";
import { CountTable } from "@/components/charts/count-table";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("dashboard", "heading");

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
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
  const d = await loadDashboardView(actor);
  const rtl = directionOf(locale) === "rtl";
  const count = tst("count");
  const sections: { title: string; header: string; rows: { key: string; label: string; count: number }[] }[] = [
    { title: t("byStatus"), header: tq("status"), rows: d.byStatus.map((r) => ({ key: r.key, label: ts(r.key as "SUBMITTED"), count: r.count })) },
    { title: t("byActionLine"), header: tst("actionLine"), rows: ACTION_LINE_CODES.map((al) => ({ key: al, label: al, count: d.byActionLine.find((r) => r.key === al)?.count ?? 0 })) },
    { title: t("byGroup"), header: t("key"), rows: d.byGroup.map((r) => ({ key: r.key, label: tg(r.key as "GOVERNMENT"), count: r.count })) },
    { title: t("byRegion"), header: tst("region"), rows: d.byRegion.map((r) => ({ key: r.key ?? "none", label: r.key ? ta(`regionName.${r.key as "A"}`) : tst("noRegion"), count: r.count })) },
    { title: t("perDay"), header: t("day"), rows: d.perDay.map((r) => ({ key: r.key, label: format.dateTime(new Date(`${r.key}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }), count: r.count })) },
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
      {sections.map((s) => (
        <section key={s.title}>
          <h2>{s.title}</h2>
          <StackedBarChart data={s.rows.map((r) => ({ label: r.label, count: r.count }))} series={[{ key: "count", label: count }]} rtl={rtl} />
          <CountTable caption={s.title} keyHeader={s.header} countHeader={count} rows={s.rows} />
        </section>
      ))}
    </>
  );
}
