/** One Action Line: its title, lead facilitator (where the sources are sure), C7 sub-items, and its published inputs. */
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ACTION_LINE_CODES, actionLineTitle, c7Subitems, leadFacilitator } from "@/lib/reference";
import { parsePublicSearch } from "@/lib/schemas/public-search";
import { searchPublished } from "@/lib/services/search/search-published";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { UserText } from "@/components/ui/user-text";
import { DateTime } from "@/components/ui/date-time";
import { Highlighted } from "@/components/search/highlighted";

export default async function ActionLinePage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const code = ACTION_LINE_CODES.find((c) => c === raw.toUpperCase());
  if (!code) notFound();
  const t = await getTranslations("actionLines");
  const tc = await getTranslations("contribution");
  const result = await searchPublished(parsePublicSearch({ al: code }));
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
          <li key={c.referenceNumber} className="card">
            <h3 style={{ marginBlockStart: 0 }}>
              <Link href={`/contributions/${c.referenceNumber}`}>
                <UserText lang={c.language}>{c.title}</UserText>
              </Link>
            </h3>
            <p className="meta">
              <bdi className="nowrap">{c.documentNumber}</bdi> · <UserText>{c.organisationName}</UserText> · {tc("published")}: <DateTime value={c.publishedAt} dateOnly />
            </p>
            <p lang={c.language} dir="auto" className="user-text">
              <Highlighted text={c.excerpt} />
            </p>
          </li>
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
