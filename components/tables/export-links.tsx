/**
 * Download links for the secretariat queue's current filters and order in every
 * export format, labelled in the page's language, with the CSV formula rule stated (the
 * apostrophe a reader will see). Plain links to the export route: they work without JavaScript,
 * and the route checks the caller again.
 */
import { useTranslations } from "next-intl";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/formats";
import type { QueueFilter } from "@/lib/services/contributions/queue-where";

const LABEL_KEYS: Record<ExportFormat, "csvExcel" | "csv" | "xlsx" | "json" | "docx"> = { "csv-excel": "csvExcel", csv: "csv", xlsx: "xlsx", json: "json", docx: "docx" };

export function ExportLinks({ filter, locale }: { filter: QueueFilter; locale: string }) {
  const t = useTranslations("export.links");
  const href = (format: ExportFormat) => {
    const params = new URLSearchParams({ format, locale });
    for (const [key, value] of Object.entries(filter)) if (value !== undefined) params.set(key, String(value));
    return `/api/secretariat/export?${params}`;
  };
  return (
    <section className="export-links" aria-labelledby="export-heading">
      <h2 id="export-heading">{t("heading")}</h2>
      <p className="hint">{t("hint")}</p>
      <ul>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={href(format)} download>
              {t(LABEL_KEYS[format])}
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">{t("csvNote")}</p>
    </section>
  );
}
