import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { PAGE_SIZES, QUEUE_STATUSES, parseQueueQuery } from "@/lib/schemas/queue";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { QueueTable } from "@/components/tables/queue-table";
import { ExportLinks } from "@/components/tables/export-links";

type Search = Record<string, string | string[] | undefined>;

export default async function QueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat`);
  const query = parseQueueQuery(await searchParams);
  const t = await getTranslations("queue");
  const ts = await getTranslations("status");
  const page = await listQueue(actor, query);
  return (
    <>
      <h1>{t("heading")}</h1>
      {/* A plain GET form: filters work without JavaScript and always return to page 1. */}
      <form className="toolbar" method="get" role="search">
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="field">
          <label htmlFor="status">{t("filterStatus")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("allStatuses")}</option>
            {QUEUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="size">{t("pageSize")}</label>
          <select id="size" name="size" defaultValue={String(query.size)}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      <ExportLinks filter={query} locale={locale} />
      <QueueTable rows={page.rows} total={page.total} page={Math.min(query.page, page.pageCount)} pageCount={page.pageCount} sort={query.sort} dir={query.dir} />
    </>
  );
}
