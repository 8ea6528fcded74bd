/**
 * The public list of published contributions: full-text search in the six UN languages, facets
 * with counts, highlighted excerpts. Server-rendered, works without JavaScript; the URL holds the
 * whole query (lib/schemas/public-search.ts).
 */
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlainLink } from "@/components/ui/plain-link";
import { FACET_KEYS, type FacetKey } from "@/lib/schemas/public-search";
import { loadPublishedListView } from "@/lib/loaders/public-views";
import { countryName } from "@/lib/reference/countries";
import { pickLocalised } from "@/lib/localised";
import { actionLineTitle, c7SubitemTitle, nativeLanguageName, sdgTitle } from "@/lib/reference";
import { LocalisedLabel } from "@/components/ui/localised-label";
import { FacetList, searchHref } from "@/components/search/facet-list";
import { ResultCard } from "@/components/search/result-card";
import { titled } from "@/i18n/metadata";

type Search = Record<string, string | string[] | undefined>;

export const generateMetadata = titled("public", "heading", () => "/contributions");

export default async function PublishedContributions({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { search, refusedQuery, result, page, commonWordsOnly } = await loadPublishedListView(await searchParams);
  const t = await getTranslations("public");
  const ts = await getTranslations("search");
  const tq = await getTranslations("queue");
  const tc = await getTranslations("contribution");
  const tCat = await getTranslations("membershipCategory");
  const tGroup = await getTranslations("stakeholderGroup");
  const ta = await getTranslations("affiliation");
  const tType = await getTranslations("contributionType");
  const labels: Record<FacetKey, (v: string) => React.ReactNode> = {
    al: (v) => (
      <>
        <bdi>{v}</bdi> <LocalisedLabel value={actionLineTitle(v, locale)} pageLocale={locale} />
      </>
    ),
    c7: (v) => <LocalisedLabel value={c7SubitemTitle(v, locale)} pageLocale={locale} />,
    sdg: (v) => (
      <>
        {tc("sdg", { n: Number(v) })}: <LocalisedLabel value={sdgTitle(Number(v), locale)} pageLocale={locale} />
      </>
    ),
    lang: (v) => <span lang={v}>{nativeLanguageName(v)}</span>,
    group: (v) => tGroup(v as "GOVERNMENT"),
    cat: (v) => tCat(v as "MEMBER_STATE"),
    region: (v) => ta(`regionName.${v as "A"}`),
    country: (v) => countryName(v, locale),
    consultation: (v) => {
      const title = pickLocalised(result.consultationTitles[v] ?? {}, locale);
      return <span lang={title.lang}>{title.text || v}</span>;
    },
    type: (v) => tType(v as "GENERAL_INPUT"),
    year: (v) => <bdi>{v}</bdi>,
  };
  const csvQuery = new URLSearchParams({ locale });
  for (const k of ["q", ...FACET_KEYS] as const) if (search[k] !== undefined) csvQuery.set(k, String(search[k]));
  const csvHref = `/api/v1/contributions.csv?${csvQuery}`;
  const filtered = FACET_KEYS.some((k) => search[k] !== undefined) || search.q;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <form method="get" role="search" className="toolbar">
        {FACET_KEYS.map((k) => search[k] !== undefined && <input key={k} type="hidden" name={k} value={String(search[k])} />)}
        <div className="field" style={{ flex: "1 1 20rem" }}>
          <label htmlFor="q">{ts("label")}</label>
          <p id="q-hint" className="hint">
            {ts("hint")}
          </p>
          <input id="q" name="q" type="search" dir="auto" defaultValue={search.q ?? refusedQuery ?? ""} aria-describedby={refusedQuery ? "q-hint q-error" : "q-hint"} aria-invalid={refusedQuery ? true : undefined} />
          {refusedQuery && (
            <p id="q-error" className="field-error">
              {ts("invalidQuery")}
            </p>
          )}
          {commonWordsOnly && (
            <p id="q-notice" className="notice" role="note">
              {ts("commonWordsOnly")}
            </p>
          )}
        </div>
        <button type="submit">{ts("button")}</button>
      </form>
      <div className="with-aside search-layout">
        <div>
          <p role="status">
            {ts("results", { count: result.total })}
            {result.total > 0 && (
              <>
                {" · "}
                <a href={csvHref} download>
                  {ts("downloadCsv")}
                </a>
              </>
            )}
            {filtered && (
              <>
                {" · "}
                <PlainLink href="/contributions">{ts("clear")}</PlainLink>
              </>
            )}
          </p>
          <ol className="cards" style={{ listStyle: "none", padding: 0 }} data-testid="results">
            {result.rows.map((c) => (
              <ResultCard key={c.referenceNumber} c={c} />
            ))}
          </ol>
          {result.pageCount > 1 && (
            <nav className="pager" aria-label={tq("page", { page, pages: result.pageCount })}>
              <span>{tq("page", { page, pages: result.pageCount })}</span>
              <span style={{ display: "flex", gap: "0.5rem" }}>
                {page > 1 && (
                  <PlainLink className="button secondary" href={searchHref(search, { page: page - 1 })} rel="prev">
                    {tq("previous")}
                  </PlainLink>
                )}
                {page < result.pageCount && (
                  <PlainLink className="button secondary" href={searchHref(search, { page: page + 1 })} rel="next">
                    {tq("next")}
                  </PlainLink>
                )}
              </span>
            </nav>
          )}
        </div>
        <aside className="aside-panel facets" aria-label={ts("refine")}>
          {FACET_KEYS.map((k) => (
            <FacetList key={k} facet={k} values={result.facets[k]} search={search} label={labels[k]} />
          ))}
        </aside>
      </div>
    </>
  );
}
