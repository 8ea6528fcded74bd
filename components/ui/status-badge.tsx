import { useTranslations } from "next-intl";

/** The contribution status as a coloured, translated badge (colour is never the only cue). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("status");
  return <span className={`badge ${status}`}>{t(status as "DRAFT")}</span>;
}
