import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { loadQueueView } from "@/lib/loaders/secretariat-queue-view";
import { QueueFilters } from "@/components/tables/queue-filters";
import { QueueTable } from "@/components/tables/queue-table";
import { ExportLinks } from "@/components/tables/export-links";
import { BulkDecisionForm } from "@/components/triage/bulk-decision-form";
import { QueueViewMenu } from "@/components/tables/queue-view-menu";
import { titled } from "@/i18n/metadata";

type Search = Record<string, string | string[] | undefined>;

export const generateMetadata = titled("queue", "heading");

export default async function QueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat`);
  const { query, filter, page, currentPage, preferences, assignees, arrived, freshHref } = await loadQueueView(actor, await searchParams, locale);
  const [t, td] = await Promise.all([getTranslations("queue"), getTranslations("duplicates")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        <Link href="/secretariat/duplicates">{td("queueLink")}</Link>
      </p>
      <QueueFilters query={query} />
      <ExportLinks filter={filter} locale={locale} total={page.total} />
      <QueueViewMenu preferences={preferences} />
      <BulkDecisionForm assignees={assignees} />
      {arrived > 0 && (
        <p className="notice" role="status" data-testid="queue-arrived">
          {t("arrived", { count: arrived })} <Link href={freshHref}>{t("showArrived")}</Link>
        </p>
      )}
      <QueueTable rows={page.rows} total={page.total} page={currentPage} pageCount={page.pageCount} sort={query.sort} dir={query.dir} preferences={preferences} asOf={page.asOf} />
    </>
  );
}
