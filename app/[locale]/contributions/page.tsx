import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPublished } from "@/lib/services/contributions/list-published";
import { DateTime } from "@/components/ui/date-time";
import { ActionLineTags } from "@/components/ui/tags";
import { UserText } from "@/components/ui/user-text";

/** The first `max` code points of `s` (never half a character), with an ellipsis when cut. */
function excerpt(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : s;
}

export default async function PublishedContributions({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : (raw ?? 1));
  const page = Number.isInteger(requested) && requested > 0 && requested <= 100_000 ? requested : 1;
  const t = await getTranslations("public");
  const tq = await getTranslations("queue");
  const tc = await getTranslations("contribution");
  const { rows, total, pageCount } = await listPublished(page);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <p role="status">{t("count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="cards" style={{ listStyle: "none", padding: 0 }}>
          {rows.map((c) => (
            <li key={c.id} className="card">
              <h2 style={{ fontSize: "1.15rem" }}>
                <Link href={`/contributions/${c.referenceNumber}`}>
                  <UserText lang={c.language}>{c.title}</UserText>
                </Link>
              </h2>
              <p className="meta">
                <bdi>{c.documentNumber}</bdi> · <UserText>{c.organisation.name}</UserText> · {tc("published")}: <DateTime value={c.publishedAt} dateOnly />
              </p>
              <p>
                <UserText as="span" lang={c.language}>{excerpt(c.summary, 400)}</UserText>
              </p>
              <ActionLineTags codes={c.actionLines} />
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 && (
        <nav className="pager" aria-label={tq("page", { page, pages: pageCount })}>
          <span>{tq("page", { page, pages: pageCount })}</span>
          <span style={{ display: "flex", gap: "0.5rem" }}>
            {page > 1 && <Link className="button secondary" href={`/contributions?page=${page - 1}`} rel="prev">{tq("previous")}</Link>}
            {page < pageCount && <Link className="button secondary" href={`/contributions?page=${page + 1}`} rel="next">{tq("next")}</Link>}
          </span>
        </nav>
      )}
    </>
  );
}
