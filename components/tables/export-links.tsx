/**
 * Download links for the secretariat queue's current filters and order in every
 * export format, labelled in the page's language, with the CSV formula rule stated (the
 * apostrophe a reader will see). Plain links to the export route: they work without JavaScript,
 * and the route checks the caller again.
 *
 * A selection of more than EXPORT_JOB_THRESHOLD contributions (`total`) is offered as buttons
 * instead: each posts a form (no JavaScript needed) that starts a background export and leads to
 * the exports page, where its progress and then its download link are shown.
 */
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS, EXPORT_JOB_THRESHOLD, type ExportFormat } from "@/lib/exports/formats";
import type { QueueFilter } from "@/lib/services/contributions/queue-where";
import { startExportJobAction } from "@/lib/actions/export-jobs";
import { Link } from "@/i18n/navigation";

const LABEL_KEYS: Record<ExportFormat, "csvExcel" | "csv" | "xlsx" | "json" | "docx" | "zip"> = { "csv-excel": "csvExcel", csv: "csv", xlsx: "xlsx", json: "json", docx: "docx", zip: "zip" };

export function ExportLinks({ filter, locale, total }: { filter: QueueFilter; locale: string; total: number }) {
  const t = useTranslations("export.links");
  const fields = Object.entries(filter).filter((e): e is [string, string | number] => e[1] !== undefined);
  const href = (format: ExportFormat) => {
    const params = new URLSearchParams({ format, locale });
    for (const [key, value] of fields) params.set(key, String(value));
    return `/api/secretariat/export?${params}`;
  };
  const background = total > EXPORT_JOB_THRESHOLD;
  return (
    <section className="export-links" aria-labelledby="export-heading">
      <h2 id="export-heading">{t("heading")}</h2>
      <p className="hint">{background ? t("backgroundHint", { count: total, threshold: EXPORT_JOB_THRESHOLD }) : t("hint")}</p>
      <ul>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            {background ? (
              <form action={startExportJobAction}>
                <input type="hidden" name="format" value={format} />
                {fields.map(([key, value]) => (
                  <input key={key} type="hidden" name={key} value={String(value)} />
                ))}
                <button type="submit">{t(LABEL_KEYS[format])}</button>
              </form>
            ) : (
              <a href={href(format)} download>
                {t(LABEL_KEYS[format])}
              </a>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t("csvNote")}</p>
      <p className="hint">
        <Link href="/secretariat/exports">{t("jobsLink")}</Link>
      </p>
    </section>
  );
}
