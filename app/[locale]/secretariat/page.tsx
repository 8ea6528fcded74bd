import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { parseQueueQuery } from "@/lib/schemas/queue";
import { QueueFilters } from "@/components/tables/queue-filters";
import { listQueue } from "@/lib/services/contributions/list-queue";
import { QueueTable } from "@/components/tables/queue-table";
import { ExportLinks } from "@/components/tables/export-links";
import { BulkDecisionForm } from "@/components/triage/bulk-decision-form";
import { listAssignees } from "@/lib/services/triage/assign-contribution";
import { getQueuePreferences } from "@/lib/services/preferences/queue-preferences";
import { QueueViewMenu } from "@/components/tables/queue-view-menu";
import { titled } from "@/i18n/metadata";

type Search = Record<string, string | string[] | undefined>;

export const generateMetadata = titled("queue", "heading");

export default async function QueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat`);
  const query = parseQueueQuery(await searchParams);
  const t = await getTranslations("queue");
  const td = await getTranslations("duplicates");
  const [page, preferences] = await Promise.all([listQueue(actor, query), getQueuePreferences(actor)]);
  const { page: _page, size: _size, ...filter } = query;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        <Link href="/secretariat/duplicates">{td("queueLink")}</Link>
      </p>
      <QueueFilters query={query} />
      <ExportLinks filter={filter} locale={locale} total={page.total} />
      <QueueViewMenu preferences={preferences} />
      <BulkDecisionForm assignees={await listAssignees(actor)} />
      <QueueTable rows={page.rows} total={page.total} page={Math.min(query.page, page.pageCount)} pageCount={page.pageCount} sort={query.sort} dir={query.dir} preferences={preferences} />
    </>
  );
}
