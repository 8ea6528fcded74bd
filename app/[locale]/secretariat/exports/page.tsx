/**
 * /secretariat/exports: the signed-in secretariat member's background exports, newest first, with
 * progress and, once done, a download link. While one is unfinished the page reloads itself every
 * few seconds (a meta refresh: no JavaScript needed) and offers a plain reload link.
 */
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { loadExportJobsView } from "@/lib/loaders/secretariat-views";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";

type Search = Record<string, string | string[] | undefined>;
const REFRESH_SECONDS = 3;

export const generateMetadata = titled("exportJobs", "heading");

export default async function ExportJobsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("queue.view", locale, `/${locale}/secretariat/exports`);
  const search = await searchParams;
  const t = await getTranslations("exportJobs");
  const format = await getFormatter();
  const { jobs, unfinished, error } = await loadExportJobsView(actor, search);
  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}` as never) : t("errors.EXPORT_FAILED"));
  return (
    <>
      {unfinished && <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />}
      <h1>{t("heading")}</h1>
      <p className="hint">{t("intro")}</p>
      {error && <p role="alert" className="notice error">{errorText(error)}</p>}
      <p>
        <Link href="/secretariat/exports">{t("reload")}</Link> · <Link href="/secretariat">{t("backToQueue")}</Link>
      </p>
      {jobs.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="export-jobs">
          {jobs.map((job) => (
            <li key={job.id} aria-current={search.started === job.id ? "true" : undefined}>
              <p>
                <strong>{t(`formats.${job.format}` as never)}</strong> · {format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p>
                {t(`status.${job.status}`)} · {t("progress", { done: job.done, total: job.total })}
              </p>
              {(job.status === "RUNNING" || job.status === "PENDING") && (
                <progress value={job.done} max={Math.max(job.total, 1)} aria-label={t("progressLabel")} />
              )}
              {job.status === "FAILED" && <p className="notice error">{errorText(job.error ?? "EXPORT_FAILED")}</p>}
              {job.downloadable && (
                <p>
                  <a href={`/api/secretariat/exports/${encodeURIComponent(job.id)}`} download>
                    {t("download")}
                  </a>{" "}
                  <span className="hint">{t("expires", { at: format.dateTime(job.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>
                </p>
              )}
              {job.status === "DONE" && !job.downloadable && <p className="hint">{t("expired")}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
