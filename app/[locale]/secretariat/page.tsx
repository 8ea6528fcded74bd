import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { QueueFilters } from "@/components/tables/queue-filters";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { QueueTable } from "@/components/tables/queue-table";
import { ExportLinks } from "@/components/tables/export-links";
import { BulkDecisionForm } from "@/components/triage/bulk-decision-form";

type Search = Record<string, string | string[] | undefined>;

export default async function QueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat`);
  const query = parseQueueQuery(await searchParams);
  const t = await getTranslations("queue");
  const page = await listQueue(actor, query);
  const { page: _page, size: _size, ...filter } = query;
  return (
    <>
      <h1>{t("heading")}</h1>
      <QueueFilters query={query} />
      <ExportLinks filter={filter} locale={locale} total={page.total} />
      <BulkDecisionForm />
      <QueueTable rows={page.rows} total={page.total} page={Math.min(query.page, page.pageCount)} pageCount={page.pageCount} sort={query.sort} dir={query.dir} />
    </>
  );
}
