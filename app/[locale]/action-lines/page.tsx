/** The eleven WSIS Action Lines with the number of published contributions on each. */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ACTION_LINE_CODES, actionLineTitle } from "@/lib/reference";
import { loadActionLinesView } from "@/lib/loaders/public-views";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { titled } from "@/i18n/metadata";

export const generateMetadata = titled("actionLines", "heading", () => "/action-lines");

export default async function ActionLinesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("actionLines");
  const { counts } = await loadActionLinesView();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ul className="cards" style={{ listStyle: "none", padding: 0 }}>
        {ACTION_LINE_CODES.map((code) => (
          <li key={code} className="card">
            <h2 style={{ fontSize: "1.1rem", marginBlock: 0 }}>
              <Link href={`/action-lines/${code}`}>
                <bdi>{code}</bdi> <LocalisedLabel value={actionLineTitle(code, locale)} pageLocale={locale} />
              </Link>
            </h2>
            <p className="meta">{t("inputs", { count: counts.get(code) ?? 0 })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
