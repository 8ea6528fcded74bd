/** One Action Line: its title, lead facilitator (where the sources are sure), C7 sub-items, and its published inputs. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ACTION_LINE_CODES, actionLineTitle, c7Subitems, leadFacilitator } from "@/lib/reference";
import { loadActionLineView } from "@/lib/loaders/public-views";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { ResultCard } from "@/components/search/result-card";
import type { Metadata } from "next";
import { languageAlternates } from "@/i18n/metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code: raw } = await params;
  const code = ACTION_LINE_CODES.find((c) => c === raw.toUpperCase());
  if (!code) return {};
  const heading = "";
  return { title: `${heading}${code} ${actionLineTitle(code, locale).text}`, alternates: languageAlternates(locale, `/action-lines/${code}`) };
}

export default async function ActionLinePage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const view = await loadActionLineView(raw);
  if (!view) notFound();
  const { code, result } = view;
  const [t, tp] = await Promise.all([getTranslations("actionLines"), getTranslations("proposalPages")]);
  const lead = leadFacilitator(code);
  return (
    <>
      <p>
        <Link href="/action-lines">{t("all")}</Link>
      </p>
      <h1>
        <bdi>{code}</bdi> <LocalisedLabel value={actionLineTitle(code, locale)} pageLocale={locale} />
      </h1>
      {lead && (
        <p>
          {t("lead")}: <span lang="en">{lead}</span>
        </p>
      )}
      <nav aria-label={tp("actionLineLinks")}>
        <ul className="inline-links">
          <li>
            <Link href={`/action-lines/${code}/proposals`}>{tp("proposalsLink")}</Link>
          </li>
          <li>
            <Link href={`/action-lines/${code}/consolidated`}>{tp("consolidatedLink")}</Link>
          </li>
        </ul>
      </nav>
      {code === "C7" && (
        <>
          <h2>{t("subitems")}</h2>
          <ul className="tags">
            {c7Subitems(locale).map((s) => (
              <li key={s.key} className="tag">
                <LocalisedLabel value={s.title} pageLocale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t("inputs", { count: result.total })}</h2>
      <ol className="cards" style={{ listStyle: "none", padding: 0 }}>
        {result.rows.map((c) => (
          <ResultCard key={c.referenceNumber} c={c} headingLevel={3} showActionLines={false} />
        ))}
      </ol>
      {result.total > result.rows.length && (
        <p>
          <Link href={`/contributions?al=${code}`}>{t("searchAll")}</Link>
        </p>
      )}
    </>
  );
}
